/**
 * A number said word by word, as people read a long number on the phone: digit by digit ("negen
 * zes", "nine oh six"), in pairs ("zesennegentig achtennegentig", "sechsundneunzig", "ninety six",
 * "dziewięćdziesiąt sześć"), with "dubbel vijf", "double oh" or "dreimal fünf". The one reader of
 * such numbers: the phone's input normalisation and the lookup's reading of a CJIB number both
 * use it.
 */
import { parseNumberWords } from './numberWords';
import { normalizeText } from './normalizeText';
import { repeatTimes, spokenDigit, weakDigit } from './spokenDigits';

/** A number the words from `start` up to `end` (exclusive) say. */
export interface SpokenNumber {
  start: number;
  end: number;
  digits: string;
  /** Said as a number from 10 to 99 ("veertien", "ninety six"), not digit by digit. */
  pair: boolean;
  /** Typed as digits ("9698") rather than said in words. */
  typed: boolean;
}

interface Reading {
  digits: string;
  pair: boolean;
  typed: boolean;
  /** A digit only next to other digits ("een" is also "a", "oh" also a sigh). */
  weak: boolean;
  /** How many times "double", "dreimal" says the next digit. */
  repeat?: number;
}

const TYPED = /^\d+$/;
/** The "en" of "zes en negentig", the "und" of "sechs und neunzig". */
const CONNECTORS = new Set(['en', 'und']);
/** Zero in the plural, after a count: "dwa zera", "twee nullen", "zwei Nullen", "two zeros". */
const ZEROS = new Set(['nullen', 'zeros', 'zeroes', 'noughts', 'zera']);
/** Letters, and the hyphen of "ninety-six". */
const WORD = /^\p{L}+(?:-\p{L}+)*$/u;
/** "o" for zero only between two digits: in Polish it is also "about" ("pytam o dwa mandaty"). */
const BETWEEN_DIGITS_ONLY = 'o';

function readWord(word: string): Reading | undefined {
  if (TYPED.test(word)) return { digits: word, pair: false, typed: true, weak: false };
  if (!WORD.test(word)) return undefined;
  const strong = spokenDigit(word);
  if (strong) return { digits: strong, pair: false, typed: false, weak: false };
  const weak = weakDigit(word);
  if (weak) return { digits: weak, pair: false, typed: false, weak: true };
  const times = repeatTimes(word);
  if (times) return { digits: '', pair: false, typed: false, weak: false, repeat: times };
  const value = parseNumberWords(word);
  if (value !== undefined && value >= 10 && value <= 99)
    return { digits: String(value), pair: true, typed: false, weak: false };
  return undefined;
}

/** The digits one word says on its own: a digit or a number from 10 to 99 ("neun", "forty-nine"). */
export function spokenNumberWord(word: string): string | undefined {
  const r = readWord(word);
  return r && !r.typed && !r.weak && r.repeat === undefined ? r.digits : undefined;
}

/** A single spoken digit (or a weak one), as a unit after a round ten or a repeat word. */
function isSpokenDigit(r: Reading | undefined): r is Reading {
  return !!r && !r.typed && !r.pair && r.repeat === undefined && r.digits.length === 1;
}

/** Whether a reading may lend a weak neighbour its digit: a resolved number of one or two digits. */
function anchors(r: Reading | undefined): boolean {
  return !!r && !r.weak && r.repeat === undefined && r.digits.length >= 1 && r.digits.length <= 2;
}

/**
 * The numbers in a list of words (lower case, diacritics folded, punctuation removed). A pause
 * after a word (`pauseAfter(i)`: a comma the recogniser wrote) keeps a round ten from taking the
 * next digit ("ninety, six" is 90 and 6).
 */
export function readSpokenNumbers(
  words: readonly string[],
  pauseAfter: (i: number) => boolean = () => false,
): SpokenNumber[] {
  const readings = words.map(readWord);
  // "double five" → the repeat word says "5" (the next word says the other one).
  readings.forEach((r, i) => {
    const next = readings[i + 1];
    if (r?.repeat && isSpokenDigit(next) && !pauseAfter(i)) {
      const base = next.weak && words[i + 1] === BETWEEN_DIGITS_ONLY ? undefined : next.digits;
      readings[i] = base
        ? { digits: base.repeat(r.repeat - 1), pair: false, typed: false, weak: false }
        : undefined;
      if (base) readings[i + 1] = { ...next, weak: false };
    } else if (r?.repeat) readings[i] = undefined;
  });
  // Weak digits count next to real ones, spreading along the run ("een een", "oh six").
  let changed = true;
  while (changed) {
    changed = false;
    readings.forEach((r, i) => {
      if (!r?.weak) return;
      const before = anchors(readings[i - 1]);
      const after = anchors(readings[i + 1]);
      if (words[i] === BETWEEN_DIGITS_ONLY ? before && after : before || after) {
        readings[i] = { ...r, weak: false };
        changed = true;
      }
    });
  }
  const numbers: SpokenNumber[] = [];
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    // "zes en negentig", "sechs und neunzig": a pair the recogniser wrote as three words.
    const tens = readings[i + 2];
    if (
      isSpokenDigit(r) &&
      r.digits !== '0' &&
      CONNECTORS.has(words[i + 1]) &&
      tens?.pair &&
      Number(tens.digits) % 10 === 0 &&
      Number(tens.digits) >= 20 &&
      !pauseAfter(i) &&
      !pauseAfter(i + 1)
    ) {
      numbers.push({
        start: i,
        end: i + 3,
        digits: String(Number(tens.digits) + Number(r.digits)),
        pair: true,
        typed: false,
      });
      i += 2;
      continue;
    }
    // "dwa zera", "twee nullen", "two zeros": that many zeros.
    if (
      isSpokenDigit(r) &&
      !r.weak &&
      ZEROS.has(words[i + 1]) &&
      !pauseAfter(i) &&
      Number(r.digits) >= 2 &&
      Number(r.digits) <= 3
    ) {
      numbers.push({ start: i, end: i + 2, digits: '0'.repeat(Number(r.digits)), pair: false, typed: false });
      i++;
      continue;
    }
    if (!r || r.weak) continue;
    const next = readings[i + 1];
    // "ninety six", "dwadzieścia jeden": a round ten and a digit after it are one pair.
    const value = Number(r.digits);
    if (
      r.pair &&
      value >= 20 &&
      value % 10 === 0 &&
      !pauseAfter(i) &&
      isSpokenDigit(next) &&
      !next.weak &&
      next.digits !== '0'
    ) {
      numbers.push({
        start: i,
        end: i + 2,
        digits: String(value + Number(next.digits)),
        pair: true,
        typed: false,
      });
      i++;
      continue;
    }
    numbers.push({ start: i, end: i + 1, digits: r.digits, pair: r.pair, typed: r.typed });
  }
  return numbers;
}

/** The digits of a number read in pairs somewhere in the text, or '' when no pair is said. */
export function digitsReadInPairs(text: string): string {
  const numbers = readSpokenNumbers(normalizeText(text).split(' '));
  return numbers.some((n) => n.pair) ? numbers.map((n) => n.digits).join('') : '';
}
