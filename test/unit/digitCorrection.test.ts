import { correctedDigit } from '../../domain/language/digitCorrection';

const HEARD = '9698948614580656';
const RIGHT = '9698948614580658';

describe('correctedDigit: one digit of the number heard, corrected in words', () => {
  it.each([
    'nee wacht het laatste cijfer is een acht geen zes',
    'nee wacht, het is een acht op het eind, geen zes',
    'het laatste cijfer moet een 8 zijn',
    'niet zes maar acht op het eind',
    'de laatste is een acht',
    "no wait it's an eight at the end not a six",
    'the last digit is 8, not 6',
    'the last one should be an eight',
    'nein, die letzte Ziffer ist eine Acht, nicht Sechs',
    'am Ende eine acht statt einer sechs',
    'nie, ostatnia cyfra to osiem, nie sześć',
    'na końcu osiem a nie sześć',
  ])('%s', (said) => {
    expect(correctedDigit(HEARD, said)).toBe(RIGHT);
  });

  it('a digit by its place, or the only one of its kind', () => {
    expect(correctedDigit('9698948614580658', 'het eerste cijfer is een acht')).toBe('8698948614580658');
    expect(correctedDigit('9698948614580658', 'het vijfde cijfer is een drie')).toBe('9698348614580658');
    expect(correctedDigit('9698948614580658', 'the third digit is a seven, not a nine')).toBe(
      '9678948614580658',
    );
    expect(correctedDigit('9698948614580658', 'niet een nul maar een zeven')).toBe('9698948614587658');
    expect(correctedDigit('9698948614580658', 'die vorletzte Ziffer ist eine Neun')).toBe('9698948614580698');
  });

  it('no single digit corrected', () => {
    for (const said of [
      'nee het nummer klopt niet',
      'niet acht maar zeven',
      'het is 9698 9486 1458 0658',
      'acht negen een een a b',
      'ja dat klopt',
      'the last digits are eight and six',
    ]) {
      expect(correctedDigit(HEARD, said)).toBeUndefined();
    }
  });
});
