import { correctedGroup, correctedLikeGroup } from '../../domain/language/numberGroupCorrection';

const HEARD = '9698948614590658';

describe('a group of four of the CJIB number corrected after it was read back', () => {
  it.each([
    'nee, de derde groep is 1458',
    'nee, de derde groep is een vier vijf acht',
    'het derde blok moet 1 4 5 8 zijn, niet 1 4 5 9',
    'no, the third group is one four five eight',
    'nein, die dritte Gruppe ist eins vier fünf acht',
    'nie, trzecia grupa to jeden cztery pięć osiem',
  ])('"%s" corrects the third group', (text) => {
    expect(correctedGroup(HEARD, text)).toBe('9698948614580658');
  });

  it.each([
    ['de laatste vier zijn 0 6 5 9', '9698948614590659'],
    ['the last four digits are oh six five nine', '9698948614590659'],
    ['die erste Gruppe ist neun sechs neun neun', '9699948614590658'],
    ['de tweede groep is negen vier dubbel acht', '9698948814590658'],
  ])('"%s" → %s', (text, number) => {
    expect(correctedGroup(HEARD, text)).toBe(number);
  });

  it.each([
    'de derde groep is 145',
    'de laatste is een acht',
    'nee, dat klopt niet',
    'de derde groep is 1459',
    '9698 9486 1458 0658',
  ])('"%s" corrects no group', (text) => {
    expect(correctedGroup(HEARD, text)).toBeUndefined();
  });
});

describe('four digits alone, one off one group of the number heard', () => {
  it.each([
    ['nee sorry, het was toch 1458', '9698948614580658'],
    ["no, it's one four five eight", '9698948614580658'],
    ['nein, eins vier fünf acht', '9698948614580658'],
    ['nie, jeden cztery pięć osiem', '9698948614580658'],
  ])('"%s" corrects that group', (text, corrected) => {
    expect(correctedLikeGroup(HEARD, text)).toBe(corrected);
  });

  it.each(['1459', '9698', '1234', '14', 'nee', '1458 0658'])('"%s" corrects nothing', (text) => {
    expect(correctedLikeGroup(HEARD, text)).toBeUndefined();
  });
});
