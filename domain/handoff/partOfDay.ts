import { foldDiacritics } from '../language/normalizeText';
import type { PartOfDay } from '../ports/callbackStore';

/** Reading when a citizen wants to be called back, in words or hours, in the four languages. */

/**
 * Staff call between 8 and 17, so an hour from 1 to 5 ("na 3 uur", "3pm", "half 4", "um 2 Uhr") is
 * in the afternoon, as is 12 to 16 on the 24-hour clock; 8 to 11 ("10am") is the morning.
 */
const AFTERNOON =
  /(middag|afternoon|nachmittag|popoludni|po poludniu|\b1[2-6]|\b(na|after|nach|po) (de |the |dem )?(lunch|mittag\w*|obiedzie)|\b[1-5] ?(uur|u|pm|p ?m|o ?clock|uhr|godz\w*)\b|\bhalf [1-5]\b|\b(na|om|after|at|nach|um|po|o) [1-5]\b)/;
const MORNING =
  /(ochtend|morning|vormittag|morgens|fruh|\brano\b|przed ?poludni|\b(8|9|10|11)\b|\b(8|9|10|11) ?(am|a ?m)\b)/;
/** "Maakt niet uit", "any time", "egal", "obojętnie": the first part of the day staff can call. */
const ANY_TIME =
  /(maakt (me |mij )?niet uit|om het even|maakt niks uit|doesn.?t matter|does not matter|any ?time|whenever|no preference|either( is fine| one)?$|egal|ist mir gleich|jederzeit|obojetnie|wszystko jedno|kiedykolwiek|dowoln)/;

/** The part of the day named in words or hours ("morgen früh", "jutro rano"), not "any time". */
export function namedPartOfDay(said: string): PartOfDay | undefined {
  // Folded: 'po południu' typed with or without Polish letters reads the same.
  const folded = foldDiacritics(said);
  if (AFTERNOON.test(folded)) return 'afternoon';
  return MORNING.test(folded) ? 'morning' : undefined;
}

/** The part of the day an answer to "when?" names; "any time" is the morning, the first staff can call. */
export function partOfDayAnswer(said: string): PartOfDay | undefined {
  return namedPartOfDay(said) ?? (ANY_TIME.test(foldDiacritics(said)) ? 'morning' : undefined);
}

/**
 * A part of the day said in words where the number was asked ("liefst 's middags", "na 10 uur"):
 * bare digits ("12") and longer runs of them are a (wrong) number, not an hour.
 */
export function partInsteadOfNumber(said: string): PartOfDay | undefined {
  if ((said.match(/\d/g) ?? []).length > 2 || !/\p{L}{2}/u.test(said)) return undefined;
  return namedPartOfDay(said);
}
