/**
 * One digit of a number corrected in words, as callers do after hearing it read back: "het laatste
 * cijfer is een acht, geen vijf", "it's an eight at the end, not a six", "die dritte Ziffer ist eine
 * Vier", "ostatnia cyfra to osiem, nie sześć", "niet zes maar acht". Applied to the number heard, so
 * the caller does not have to say all sixteen digits again. A group of digits corrected
 * ("niet 78 maar 87") is digitGroupCorrection.ts.
 */
import { normalizeText } from './normalizeText';
import { spokenDigit, weakDigit } from './spokenDigits';

/** Words that say the digit after them is the wrong one: "geen zes", "not a six", "statt einer Sechs". */
export const NEGATION: ReadonlySet<string> = new Set([
  'geen',
  'niet',
  'not',
  'nicht',
  'kein',
  'keine',
  'nie',
  'statt',
  'instead',
  'zamiast',
]);
/** Articles before a digit ("een acht", "an eight", "eine Acht"): no digits of their own. */
const ARTICLE = new Set(['a', 'an', 'een', 'ein', 'eine', 'einer', 'maar', 'but', 'aber']);

/** Positions: 0 is the first digit, -1 the last, -2 the one before it. */
const POSITIONS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  laatste: -1,
  last: -1,
  letzte: -1,
  letzten: -1,
  ostatnia: -1,
  ostatnie: -1,
  ostatni: -1,
  voorlaatste: -2,
  vorletzte: -2,
  vorletzten: -2,
  przedostatnia: -2,
  eerste: 0,
  first: 0,
  erste: 0,
  ersten: 0,
  pierwsza: 0,
  pierwszy: 0,
});
const ORDINALS: string[][] = [
  ['tweede', 'second', 'zweite', 'druga'],
  ['derde', 'third', 'dritte', 'trzecia'],
  ['vierde', 'fourth', 'vierte', 'czwarta'],
  ['vijfde', 'fifth', 'funfte', 'piata'],
  ['zesde', 'sixth', 'sechste', 'szosta'],
  ['zevende', 'seventh', 'siebte', 'siodma'],
  ['achtste', 'eighth', 'achte', 'osma'],
  ['negende', 'ninth', 'neunte', 'dziewiata'],
  ['tiende', 'tenth', 'zehnte', 'dziesiata'],
  ['elfde', 'eleventh', 'elfte', 'jedenasta'],
  ['twaalfde', 'twelfth', 'zwolfte', 'dwunasta'],
  ['dertiende', 'thirteenth', 'dreizehnte', 'trzynasta'],
  ['veertiende', 'fourteenth', 'vierzehnte', 'czternasta'],
  ['vijftiende', 'fifteenth', 'funfzehnte', 'pietnasta'],
];
ORDINALS.forEach((words, i) => words.forEach((w) => (POSITIONS[w] = i + 1)));
/** "op het eind", "at the end", "am Ende", "na końcu": the last digit. */
const AT_END =
  /\b(op het (eind|einde)|aan het (eind|einde)|achteraan|at the end|am ende|zum schluss|na koncu)\b/;
const AT_START = /\b(aan het begin|vooraan|at the start|at the beginning|am anfang|na poczatku)\b/;

interface SaidDigit {
  digit: string;
  negated: boolean;
}

function digitsSaid(words: string[]): SaidDigit[] {
  const said: SaidDigit[] = [];
  let negated = false;
  for (const [i, w] of words.entries()) {
    // "the last one is an eight": "one" after a position is no digit.
    if (w === 'one' && POSITIONS[words[i - 1]] !== undefined) continue;
    if (NEGATION.has(w)) {
      negated = true;
      continue;
    }
    // Articles and "maar"/"but" keep a negation for the digit after them ("not a six", "statt einer Sechs").
    if (ARTICLE.has(w)) continue;
    const digit = /^\d$/.test(w) ? w : (spokenDigit(w) ?? weakDigit(w));
    if (digit !== undefined) {
      said.push({ digit, negated });
      negated = false;
    } else negated = false;
  }
  return said;
}

function positionOf(words: string[], normal: string): number | undefined {
  for (const w of words) if (POSITIONS[w] !== undefined) return POSITIONS[w];
  if (AT_END.test(normal)) return -1;
  if (AT_START.test(normal)) return 0;
  return undefined;
}

/**
 * The number with the one digit the text corrects, or undefined when the text corrects no single
 * digit of it (no position and no wrong digit that occurs once, or more than one new digit said).
 */
export function correctedDigit(number: string, text: string): string | undefined {
  const normal = normalizeText(text);
  const words = normal.split(' ');
  // A whole number or postcode said again is no correction of one digit.
  if (words.some((w) => /\d{2,}/.test(w))) return undefined;
  const said = digitsSaid(words);
  const fresh = said.filter((d) => !d.negated);
  const wrong = said.filter((d) => d.negated);
  if (fresh.length !== 1 || wrong.length > 1) return undefined;
  let at = positionOf(words, normal);
  if (at === undefined) {
    // "niet zes maar acht": the wrong digit tells where, when it occurs once.
    if (wrong.length !== 1) return undefined;
    const first = number.indexOf(wrong[0].digit);
    if (first < 0 || number.indexOf(wrong[0].digit, first + 1) >= 0) return undefined;
    at = first;
  }
  const index = at < 0 ? number.length + at : at;
  if (index < 0 || index >= number.length) return undefined;
  const corrected = number.slice(0, index) + fresh[0].digit + number.slice(index + 1);
  return corrected === number ? undefined : corrected;
}
