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

/**
 * "Morgen", "evening", "am Abend", "w sobotę", "zo snel mogelijk": when to be called, said in days or
 * parts of the day staff do not call in. At the part-of-day question it is an answer (to be told when
 * staff call), not a greeting ("Morgen!", "good evening") or another question.
 */
const TIME_WORDS =
  /\b(morgen|overmorgen|vandaag|vanavond|avond\w*|nacht|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|nu|meteen|zsm|zo snel mogelijk|tomorrow|today|tonight|evening|night|now|asap|as soon as possible|monday|tuesday|wednesday|thursday|friday|saturday|sunday|heute|ubermorgen|abends?|nachts?|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sofort|jetzt|so schnell wie moglich|jutro|dzisiaj|dzis|wieczor\w*|noc\w*|weekend|poniedzialek|wtorek|srod\w*|czwartek|piatek|sobot\w*|niedziel\w*|teraz|jak najszybciej|od razu)\b/;
const MAX_TIME_WORDS = 6;

export function namesATime(said: string): boolean {
  const folded = foldDiacritics(said).toLowerCase();
  return folded.trim().split(/\s+/).length <= MAX_TIME_WORDS && TIME_WORDS.test(folded);
}
