import { normalizeSpokenInput } from '../../adapters/channels/spokenInput';
import { extractPostcode } from '../../domain/language/postcodeEntity';

describe('a Dutch postcode with its letters spelled', () => {
  it.each([
    ['acht negen een een a van anton b van bernard', '8911 AB'],
    ['acht negen een een, A van Anton, B van Bernard.', '8911 AB'],
    ['drie vijf een twee k van karel l van lodewijk', '3512 KL'],
    ['8911 A as in Alpha B as in Bravo', '8911 AB'],
    ['eight nine one one A as in alpha, B as in bravo', '8911 AB'],
    ['1071 D wie Dora J wie Julius', '1071 DJ'],
    ['negenentachtig elf alpha bravo', '8911 AB'],
    // Letter names of two letters are not the postcode's letters themselves.
    ['vijfendertig twaalf ka el', '3512 KL'],
    ['twaalf vierendertig aa bee', '1234 AB'],
    ['eighty-nine eleven AB', '8911 AB'],
    ['twaalf vierendertig a b', '1234 AB'],
    ['acht negen een een spatie a b', '8911 AB'],
    ['eight nine one one space a b', '8911 AB'],
    ['acht negen een een a-b', '8911 AB'],
    // A speech recogniser's "A. B." written out: "a punt b punt", "a dot b dot".
    ['acht negen een een a punt b punt', '8911 AB'],
    ['eight nine one one a dot b dot', '8911 AB'],
    ['acht neun eins eins a punkt b punkt', '8911 AB'],
    ['osiem dziewięć jeden jeden a kropka b kropka', '8911 AB'],
    // The letter O is no zero after the digits.
    ['een twee drie vier o b', '1234 OB'],
    // Only the spelling words.
    ['acht negen een een Anton Bernard', '8911 AB'],
    ['eins null sieben eins Dora Julius', '1071 DJ'],
    ['jeden zero siedem jeden Dorota Jadwiga', '1071 DJ'],
  ])('the phone hears "%s" as %s', (text, value) => {
    expect(extractPostcode(normalizeSpokenInput(text))).toEqual({ value, country: 'NL' });
  });

  it('typed letters that look like letter names stay what they are', () => {
    expect(extractPostcode('1234 aa')).toEqual({ value: '1234 AA', country: 'NL' });
    expect(extractPostcode('3512 KA')).toEqual({ value: '3512 KA', country: 'NL' });
    expect(extractPostcode('1234 ab van de brief')).toEqual({ value: '1234 AB', country: 'NL' });
  });
});
