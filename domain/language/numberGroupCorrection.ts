/**
 * One group of four of a CJIB number corrected, as callers do after hearing it read back in fours:
 * "nee, de derde groep is een vier vijf acht", "the last four are oh six five eight", "die zweite
 * Gruppe ist neun vier acht sechs", "trzecia grupa to jeden cztery pięć osiem". Applied to the number
 * heard, so the caller need not say all sixteen digits again. One digit corrected is
 * digitCorrection.ts.
 */
import { NEGATION } from './digitCorrection';
import { words as wordsOf } from './normalizeText';
import { repeatTimes, spokenDigit, weakDigit } from './spokenDigits';

const GROUP_SIZE = 4;
const CJIB_LENGTH = 16;

/** Which group of four an ordinal names (0 is the first; the last is the fourth). */
const GROUP_AT: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  eerste: 0,
  first: 0,
  erste: 0,
  ersten: 0,
  pierwsza: 0,
  pierwszy: 0,
  pierwsze: 0,
  tweede: 1,
  second: 1,
  zweite: 1,
  zweiten: 1,
  druga: 1,
  drugi: 1,
  drugie: 1,
  derde: 2,
  third: 2,
  dritte: 2,
  dritten: 2,
  trzecia: 2,
  trzeci: 2,
  trzecie: 2,
  vierde: 3,
  fourth: 3,
  vierte: 3,
  vierten: 3,
  czwarta: 3,
  czwarty: 3,
  czwarte: 3,
  laatste: 3,
  last: 3,
  letzte: 3,
  letzten: 3,
  ostatnia: 3,
  ostatni: 3,
  ostatnie: 3,
});
/** "groep", "blok", "group", "Gruppe", "grupa": the group the ordinal names. */
const GROUP_NOUN =
  /^(groep|groepje|blok|blokje|deel|stuk|rijtje|group|block|part|set|chunk|gruppe|viererblock|teil|grupa|grupie|czesc|czworka)$/;
/** "de laatste vier (cijfers)", "the last four (digits)": a group named by its size. */
const FOUR = new Set(['vier', 'four', 'cztery']);
const DIGITS_NOUN = /^(cijfers|digits|numbers|ziffern|zahlen|cyfry|cyfr)$/;

/** The group named and where its new digits start, or undefined when no group is named. */
function groupNamed(words: string[]): { group: number; from: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    const group = GROUP_AT[words[i]];
    if (group === undefined) continue;
    if (GROUP_NOUN.test(words[i + 1] ?? '')) return { group, from: i + 2 };
    if (FOUR.has(words[i + 1] ?? ''))
      return { group, from: DIGITS_NOUN.test(words[i + 2] ?? '') ? i + 3 : i + 2 };
  }
  return undefined;
}

/** The digits said from `from` on, up to a negation ("…, niet …"). */
function digitsFrom(words: string[], from: number): string {
  let digits = '';
  let times = 1;
  const said = words.slice(from);
  const strong = (w: string | undefined): boolean => w !== undefined && (/^\d+$/.test(w) || !!spokenDigit(w));
  for (const [i, w] of said.entries()) {
    if (NEGATION.has(w)) break;
    const repeat = repeatTimes(w);
    if (repeat) {
      times = repeat;
      continue;
    }
    // "een", "oh" are digits only next to other digits ("is een vier vijf acht"), else an article.
    const weak = digits || strong(said[i + 1]) ? weakDigit(w) : undefined;
    const digit = /^\d+$/.test(w) ? w : (spokenDigit(w) ?? weak);
    if (digit !== undefined) digits += digit.repeat(digit.length === 1 ? times : 1);
    times = 1;
  }
  return digits;
}

/**
 * The 16-digit number with the group of four the text corrects, or undefined when the text names no
 * group, says other than four digits for it, or changes nothing.
 */
export function correctedGroup(number: string, text: string): string | undefined {
  if (number.length !== CJIB_LENGTH) return undefined;
  const words = wordsOf(text);
  const named = groupNamed(words);
  if (!named) return undefined;
  const digits = digitsFrom(words, named.from);
  if (digits.length !== GROUP_SIZE) return undefined;
  const at = named.group * GROUP_SIZE;
  const corrected = number.slice(0, at) + digits + number.slice(at + GROUP_SIZE);
  return corrected === number ? undefined : corrected;
}

/**
 * "Nee sorry, het was toch 9486", "no, it's 9486" to "is the number right?": four digits without a
 * group named, one digit off exactly one group of the number heard (and off no other by one): that
 * group corrected. Undefined when the four digits fit no group so, or more than one.
 */
export function correctedLikeGroup(number: string, text: string): string | undefined {
  if (number.length !== CJIB_LENGTH) return undefined;
  const words = wordsOf(text);
  // ("Nie, jeden cztery…": a leading "no" that is also the word for "not".)
  let from = 0;
  while (from < words.length && NEGATION.has(words[from])) from++;
  const digits = digitsFrom(words, from);
  if (digits.length !== GROUP_SIZE) return undefined;
  const offByOne = [0, 1, 2, 3].filter((group) => {
    const heard = number.slice(group * GROUP_SIZE, (group + 1) * GROUP_SIZE);
    return [...heard].filter((digit, i) => digit !== digits[i]).length === 1;
  });
  if (offByOne.length !== 1) return undefined;
  const at = offByOne[0] * GROUP_SIZE;
  return number.slice(0, at) + digits + number.slice(at + GROUP_SIZE);
}
