import { extractSpokenPostcode } from '../../domain/language/spokenPostcode';

describe('a postcode said digit by digit', () => {
  it.each([
    ['vier sieben fünf drei drei', '47533'],
    ['sześć jeden myślnik zero zero jeden', '61001'],
    ['zwei null zwei zwei', '2022'],
    ['meine Postleitzahl ist eins null eins eins fünf', '10115'],
    // Said as one whole number.
    ['Siebenundvierzigtausendfünfhundertdreiunddreißig.', '47533'],
    ['siebenundvierzigtausend fünfhundertdreiunddreißig', '47533'],
    ['forty seven thousand five hundred thirty three', '47533'],
    ['czterdzieści siedem tysięcy pięćset trzydzieści trzy', '47533'],
    ['zehntausendeinhundertfünfzehn', '10115'],
  ])('%s → %s (abroad)', (text, value) => {
    expect(extractSpokenPostcode(text)).toEqual({ value, country: 'foreign' });
  });

  it('a Dutch one said as numbers stays Dutch', () => {
    expect(extractSpokenPostcode('negenentachtig elf a b')).toEqual({ value: '8911 AB', country: 'NL' });
    expect(extractSpokenPostcode('achtduizend negenhonderd elf a b')).toEqual({
      value: '8911 AB',
      country: 'NL',
    });
  });

  it.each(['vier sieben', 'ik weet het niet', 'drie keer gebeld', 'een twee drie vier vijf zes zeven'])(
    'none in %s',
    (text) => {
      expect(extractSpokenPostcode(text)).toBeUndefined();
    },
  );
});
