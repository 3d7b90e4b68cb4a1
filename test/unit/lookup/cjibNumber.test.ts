import fixtures from '../../../data/collection-demo.json';
import {
  checkDigit,
  formatCjibNumber,
  maskCjibNumber,
  normaliseCjibNumber,
  passesCheckDigit,
  speakCjibNumber,
} from '../../../domain/cjibNumber';
import { looksLikePostcode, postcodesMatch } from '../../../domain/claims/postcodeMatch';

describe('CJIB number (DOMAIN.md §3)', () => {
  it('normalises typed numbers with spaces, dots and dashes; 16 or 9 digits only', () => {
    expect(normaliseCjibNumber('9698 9486 1458 0658')).toBe('9698948614580658');
    expect(normaliseCjibNumber('9698.9486.1458.0658')).toBe('9698948614580658');
    expect(normaliseCjibNumber(' 9698-9486-1458-0658 ')).toBe('9698948614580658');
    expect(normaliseCjibNumber('123456789')).toBe('123456789');
    expect(normaliseCjibNumber('969894861458065')).toBeUndefined();
    expect(normaliseCjibNumber('9698 9486 1458 0658 AB')).toBeUndefined();
  });

  it('computes the mod-11 check digit of the specification examples', () => {
    expect(checkDigit('000056789012345')).toBe(5);
    expect(passesCheckDigit('5000056789012345')).toBe(true);
    expect(passesCheckDigit('1062542157047959')).toBe(true);
    expect(passesCheckDigit('9876543210123456')).toBe(false);
  });

  it('passes every number of the demo fixtures, and catches a changed digit', () => {
    for (const claim of fixtures.claims) expect(passesCheckDigit(claim.cjibNumber)).toBe(true);
    expect(passesCheckDigit('9698948614580659')).toBe(false);
  });

  it('has no check for legacy 9-digit numbers and refuses other lengths', () => {
    expect(passesCheckDigit('123456789')).toBe(true);
    expect(passesCheckDigit('12345678901')).toBe(false);
  });

  it('masks all but the last four digits, also when grouped', () => {
    expect(maskCjibNumber('9698948614580658')).toBe('••••••••••••0658');
    expect(maskCjibNumber('9698 9486 1458 0658')).toBe('••••••••••••0658');
  });

  it('writes the number in groups of four, and speaks it digit by digit', () => {
    expect(formatCjibNumber('9698948614580658')).toBe('9698 9486 1458 0658');
    expect(speakCjibNumber('9698948614580658')).toBe('9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8');
  });
});

describe('postcodesMatch: the postcode of the letter, however it is typed', () => {
  it.each([
    ['8911 AB', '8911 AB'],
    ['8911ab', '8911 AB'],
    [' 8911-AB ', '8911 AB'],
    ['47533', '47533'],
    ['D-47533', '47533'],
    ['61-001', '61-001'],
    ['61001', '61-001'],
    ['PL 61-001', '61-001'],
    ['sw1a 1aa', 'SW1A 1AA'],
  ])('"%s" matches "%s"', (given, onFile) => {
    expect(postcodesMatch(given, onFile)).toBe(true);
  });

  it.each([
    ['8911 AC', '8911 AB'],
    ['8911', '8911 AB'],
    ['', '8911 AB'],
    ['47534', '47533'],
    ['D-47533', 'D47533X'],
  ])('"%s" does not match "%s"', (given, onFile) => {
    expect(postcodesMatch(given, onFile)).toBe(false);
  });

  it('tells what could be a postcode from a sentence', () => {
    expect(looksLikePostcode('47533')).toBe(true);
    expect(looksLikePostcode('ik weet het niet')).toBe(false);
    expect(looksLikePostcode('dat staat niet op de brief 12')).toBe(false);
  });
});
