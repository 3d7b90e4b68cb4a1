/**
 * An answer that is a date ("1985-04-12", "12-04-1985", "12.04.1985", "12 april 1985", "12. April
 * 1985", "12 kwietnia 1985"), e.g. a date of birth given where a postcode is asked: no postcode, and
 * not a failed attempt at one. Compared without accents, in lower case.
 */
import { foldDiacritics } from './normalizeText';

const MONTHS = [
  // nl, en, de, pl (the Polish genitive as in "12 kwietnia"), short forms too
  'jan\\w*',
  'feb\\w*',
  'maa?rt',
  'march',
  'marz',
  'apr\\w*',
  'mei',
  'may',
  'mai',
  'jun\\w*',
  'jul\\w*',
  'aug\\w*',
  'sep\\w*',
  'o[ck]t\\w*',
  'nov\\w*',
  'de[cz]\\w*',
  'sty\\w*',
  'lut\\w*',
  'mar\\w*',
  'kwi\\w*',
  'maj\\w*',
  'cze\\w*',
  'lip\\w*',
  'sie\\w*',
  'wrz\\w*',
  'paz\\w*',
  'lis\\w*',
  'gru\\w*',
].join('|');

const NUMERIC = [
  /\b(19|20)\d{2}[-./](0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])\b/,
  /\b(0?[1-9]|[12]\d|3[01])[-./](0?[1-9]|1[0-2])[-./](19|20)\d{2}\b/,
];
const IN_WORDS = new RegExp(`\\b(0?[1-9]|[12]\\d|3[01])\\.? (${MONTHS}) (19|20)\\d{2}\\b`);

export function isDateAnswer(text: string): boolean {
  const folded = foldDiacritics(text);
  return NUMERIC.some((pattern) => pattern.test(folded)) || IN_WORDS.test(folded);
}

/** A Dutch postcode beside the date ("1017 CX, geboren 12-04-1985") is still the answer. */
const DUTCH_POSTCODE = /\b[1-9]\d{3} ?[a-z]{2}\b/i;

/** A date given where the postcode is asked, and no Dutch postcode with it. */
export function dateInsteadOfPostcode(text: string): boolean {
  return isDateAnswer(text) && !DUTCH_POSTCODE.test(text);
}
