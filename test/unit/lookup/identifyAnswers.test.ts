import { mentionsBsn, mentionsPlate } from '../../../domain/language/otherIdentifiers';
import {
  postcodeAtNumberQuestion,
  readCjibNumberAnswer,
  sixteenDigitsAsked,
} from '../../../domain/language/cjibNumberInParts';
import {
  givesPostcodeWithPlace,
  postcodeDigitsToKeep,
  postcodeFromAnswer,
} from '../../../domain/language/lookupPostcodeAnswer';
import { extractEntities } from '../../../domain/language/extractEntities';
import type { Recognition } from '../../../domain/ports/recognizer';

function recognise(text: string): Recognition {
  return { text, intent: 'none', score: 0, ranked: [], entities: extractEntities(text) };
}

describe('answers at the identification questions', () => {
  it.each([
    ['mijn BSN is 123456782', true, false],
    ['Can I use my licence plate instead?', false, true],
    ['mit dem Kennzeichen', false, true],
    ['9698 9486 1458 0658', false, false],
  ])('another identifier named: %s', (text, bsn, plate) => {
    expect(mentionsBsn(text)).toBe(bsn);
    expect(mentionsPlate(text)).toBe(plate);
  });

  it('the CJIB number grouped with commas, or with lookalike letters', () => {
    expect(sixteenDigitsAsked(recognise('9698, 9486, 1458, 0658'))).toBe('9698948614580658');
    expect(sixteenDigitsAsked(recognise('96989486I458O658'))).toBe('9698948614580658');
    expect(sixteenDigitsAsked(recognise('9698'))).toBeUndefined();
  });

  it('the CJIB number in parts: kept, completed, and started over when the total goes past 16', () => {
    const first = readCjibNumberAnswer(recognise('9698 9486'), '9698 9486', undefined);
    expect(first).toEqual({ number: undefined, partialDigits: '96989486', isPart: true, count: 8 });
    const rest = readCjibNumberAnswer(recognise('1458 0658'), '1458 0658', first.partialDigits);
    expect(rest.number).toBe('9698948614580658');
    const tooMany = readCjibNumberAnswer(recognise('1458 0658 12'), '1458 0658 12', first.partialDigits);
    expect(tooMany).toMatchObject({ number: undefined, partialDigits: undefined, count: 18 });
    expect(readCjibNumberAnswer(recognise('8911 AB'), '8911 AB', '9698').partialDigits).toBeUndefined();
  });

  it('a whole number typed again after a short one is a new try, not the rest of the first', () => {
    const short = readCjibNumberAnswer(recognise('969894861458065'), '969894861458065', undefined);
    expect(short).toMatchObject({ number: undefined, partialDigits: '969894861458065', count: 15 });
    const again = readCjibNumberAnswer(
      recognise('96989486145806588'),
      '96989486145806588',
      short.partialDigits,
    );
    expect(again).toMatchObject({ number: undefined, partialDigits: undefined, count: 17 });
    const right = readCjibNumberAnswer(
      recognise('9698948614580658'),
      '9698948614580658',
      short.partialDigits,
    );
    expect(right.number).toBe('9698948614580658');
    // The last digit alone, or the last 13 after the first 3, still complete it.
    expect(readCjibNumberAnswer(recognise('8948614580658'), '8948614580658', '969').number).toBe(
      '9698948614580658',
    );
    expect(readCjibNumberAnswer(recognise('8'), '8', '969894861458065').number).toBe('9698948614580658');
  });

  it('five digits alone at the number question are a part of the number, not a foreign postcode', () => {
    const part = readCjibNumberAnswer(recognise('09698'), '09698', undefined);
    expect(part.partialDigits).toBe('09698');
    expect(part.isPart).toBe(true);
    expect(postcodeAtNumberQuestion(recognise('09698'))).toBeUndefined();
    expect(postcodeAtNumberQuestion(recognise('96989'))).toBeUndefined();
    // With a word for postcode or a country they are one.
    expect(postcodeAtNumberQuestion(recognise('postcode 47533'))?.value).toBe('47533');
    expect(postcodeAtNumberQuestion(recognise('47533 Kleve, Deutschland'))?.value).toBe('47533');
    expect(postcodeAtNumberQuestion(recognise('Postleitzahl 10115'))?.value).toBe('10115');
    expect(postcodeAtNumberQuestion(recognise('8911 AB'))?.value).toBe('8911 AB');
  });

  it('a postcode in parts: the digits kept, then completed by the letters or the country', () => {
    expect(postcodeDigitsToKeep('8911', undefined)).toBe('8911');
    expect(postcodeDigitsToKeep('8911', '8911')).toBeUndefined();
    expect(postcodeFromAnswer(recognise('a b'), 'a b', '8911')).toBe('8911 AB');
    expect(postcodeFromAnswer(recognise('in België'), 'in België', '1000')).toBe('1000');
    expect(postcodeFromAnswer(recognise('8911 AB'), '8911 AB', undefined)).toBe('8911 AB');
    expect(postcodeFromAnswer(recognise('waarom?'), 'waarom?', undefined)).toBeUndefined();
  });

  it.each([
    ['1000 Brussel', true],
    ['47533 Kleve, Deutschland', true],
    ['wat kost 1000 euro?', false],
  ])('a postcode with its place: %s', (text, expected) => {
    expect(givesPostcodeWithPlace(recognise(text))).toBe(expected);
  });
});
