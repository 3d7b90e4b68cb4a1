import { phoneWithDigitsCorrected } from '../../domain/language/digitGroupCorrection';

describe('phoneWithDigitsCorrected: "the last is 87, not 78" to a phone number read back', () => {
  it.each([
    ['nee het laatste is zevenentachtig niet achtenzeventig', '0612345687'],
    ['nee het laatste is 87 niet 78', '0612345687'],
    ['niet 78 maar 87', '0612345687'],
    ['no, the end is 87 not 78', '0612345687'],
    ['not seventy eight but eighty seven', '0612345687'],
    ['nein, am Ende siebenundachtzig, nicht achtundsiebzig', '0612345687'],
    ['nie 78 tylko 87', '0612345687'],
    ['87 zamiast 78', '0612345687'],
    ['het moet 34 zijn in plaats van 43... nee 12 in plaats van 21', undefined],
  ])('%s', (message, expected) => {
    expect(phoneWithDigitsCorrected('0612345678', message)).toBe(expected);
  });

  it('leaves the number alone when the wrong digits are not in it, or nothing is corrected', () => {
    expect(phoneWithDigitsCorrected('0612345678', 'nee 99 niet 55')).toBeUndefined();
    expect(phoneWithDigitsCorrected('0612345678', 'nee niet versturen')).toBeUndefined();
    expect(phoneWithDigitsCorrected('0612345678', 'nee')).toBeUndefined();
  });

  it('corrects the last place the wrong digits occur, and the result must still be a phone number', () => {
    expect(phoneWithDigitsCorrected('0612125678', '13 not 12')).toBe('0612135678');
    expect(phoneWithDigitsCorrected('0612345678', '1 not 5678')).toBeUndefined();
  });
});
