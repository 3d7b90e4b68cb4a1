/**
 * Digits typed or spoken: phone transcripts spell numbers out ("negen zes negen acht …",
 * "nine six double eight"). Converts a text into runs of consecutive digits so that CJIB numbers,
 * postcodes and phone numbers can be read from either form.
 */
import { editDistance } from './editDistance';
import { foldDiacritics } from './normalizeText';

/** A lookup table without Object's own names, so that "constructor" is no digit. */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Unambiguous spoken digits (nl, en, de, pl), diacritics folded. */
const STRONG: Record<string, string> = table({
  nul: '0',
  zero: '0',
  null: '0',
  nol: '0',
  nought: '0',
  naught: '0',
  twee: '2',
  two: '2',
  zwei: '2',
  zwo: '2',
  dwa: '2',
  dwie: '2',
  drie: '3',
  three: '3',
  drei: '3',
  trzy: '3',
  vier: '4',
  four: '4',
  cztery: '4',
  vijf: '5',
  five: '5',
  funf: '5',
  fuenf: '5',
  piec: '5',
  zes: '6',
  six: '6',
  sechs: '6',
  szesc: '6',
  zeven: '7',
  seven: '7',
  sieben: '7',
  siedem: '7',
  acht: '8',
  eight: '8',
  osiem: '8',
  negen: '9',
  nine: '9',
  neun: '9',
  dziewiec: '9',
  one: '1',
  eins: '1',
  jeden: '1',
  jedna: '1',
  ien: '1',
});

/** Words that are digits only next to other digits ("een" is also the article "a"). */
const WEAK: Record<string, string> = table({ een: '1', ein: '1', eine: '1', oh: '0', o: '0' });

/** "double five" → 55, "dreimal fünf" → 555. */
const REPEAT: Record<string, number> = table({
  dubbel: 2,
  dubbele: 2,
  double: 2,
  doppel: 2,
  zweimal: 2,
  triple: 3,
  treble: 3,
  trippel: 3,
  dreimal: 3,
});

/** Characters that may separate digit groups inside one number. */
const SEPARATORS = new Set(['.', '-', '/', '_', '–']);

export interface Token {
  /** Folded token text. */
  text: string;
  /** `mixed` is letters and digits glued together ("1234ab", "ab12cd"). */
  kind: 'number' | 'word' | 'mixed' | 'symbol';
  /** Digits this token stands for, when it is (spoken) digits. */
  digits?: string;
}

/**
 * A letter O typed for a zero between digits ("1458 O658", "96o8"): digits and o's with at least
 * three digits. Not a Dutch postcode whose letters are "OO" ("1234oo").
 */
const LETTER_O_FOR_ZERO = /^(?!\d{4}oo$)(?=(?:o*\d){3})[\do]*o[\do]*$/;

/** Tokenises folded text into numbers, words and single symbols (whitespace dropped). */
export function tokenize(text: string): Token[] {
  const folded = foldDiacritics(text);
  const out: Token[] = [];
  for (const m of folded.matchAll(/[a-z0-9]+|[^\sa-z0-9]/g)) {
    const t = m[0];
    if (/^\d+$/.test(t)) out.push({ text: t, kind: 'number', digits: t });
    else if (LETTER_O_FOR_ZERO.test(t)) out.push({ text: t, kind: 'number', digits: t.replace(/o/g, '0') });
    else if (/^[a-z]+$/.test(t)) out.push({ text: t, kind: 'word' });
    else if (/^[a-z0-9]+$/.test(t)) out.push({ text: t, kind: 'mixed' });
    else out.push({ text: t, kind: 'symbol' });
  }
  return out;
}

const PLAIN = /^[a-z0-9-]*$/;
/** Folded already (the common case on every message): no need to fold again. */
const folded = (word: string): string => (PLAIN.test(word) ? word : foldDiacritics(word));

/** Spoken digit for one word, exact match only. */
export function spokenDigit(word: string): string | undefined {
  return STRONG[folded(word)];
}

/** A word that is a digit only next to other digits ("een", "oh"), exact match only. */
export function weakDigit(word: string): string | undefined {
  return WEAK[folded(word)];
}

/** How many times a word like "double" or "dreimal" says the next digit. */
export function repeatTimes(word: string): number | undefined {
  return REPEAT[folded(word)];
}

const FUZZY_CANDIDATES = Object.keys(STRONG).filter((w) => w.length >= 4);

function fuzzyDigit(word: string): string | undefined {
  if (word.length < 4) return undefined;
  for (const candidate of FUZZY_CANDIDATES) {
    if (editDistance(word, candidate, 1) <= 1) return STRONG[candidate];
  }
  return undefined;
}

/** Neighbouring token index, skipping digit-group separators. */
function neighbour(tokens: Token[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < tokens.length && SEPARATORS.has(tokens[j].text)) j += step;
  return j >= 0 && j < tokens.length ? j : -1;
}

/**
 * Reading one message (the intent model's words, then every entity) resolves the same text several
 * times in one synchronous run: inside `sharingResolvedDigits` a text's tokens are made once and
 * given again. Nothing is kept once that run returns, so no message ever gets another one's tokens.
 */
let shared: Map<string, Token[]> | undefined;

/** Runs `read` (synchronous) with the tokens of each text resolved once and shared; callers only read tokens. */
export function sharingResolvedDigits<T>(read: () => T): T {
  if (shared) return read();
  shared = new Map();
  try {
    return read();
  } finally {
    shared = undefined;
  }
}

/** Tokens with `digits` filled in for spoken digits, weak digits and typos between digits. */
export function resolveDigits(text: string): Token[] {
  if (!shared) return resolveDigitsOf(text);
  let tokens = shared.get(text);
  if (!tokens) shared.set(text, (tokens = resolveDigitsOf(text)));
  return tokens;
}

function resolveDigitsOf(text: string): Token[] {
  const tokens = tokenize(text);
  for (const t of tokens) if (t.kind === 'word' && STRONG[t.text]) t.digits = STRONG[t.text];
  // "dubbel vijf" → "55": the repeat word takes the digit of the next token.
  for (let i = 0; i < tokens.length; i++) {
    const times = REPEAT[tokens[i].text];
    const next = tokens[i + 1];
    if (times && next?.digits?.length === 1) {
      tokens[i].digits = next.digits.repeat(times - 1);
    }
  }
  const isDigit = (j: number) => j >= 0 && tokens[j].digits !== undefined;
  // Typos only between two digits ("negen zes neegn acht"): never "fine" in "the fine 1234".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.digits !== undefined) continue;
    if (isDigit(neighbour(tokens, i, -1)) && isDigit(neighbour(tokens, i, 1))) {
      const d = fuzzyDigit(t.text);
      if (d) t.digits = d;
    }
  }
  // Weak digits spread from their neighbours until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.digits !== undefined || WEAK[t.text] === undefined) continue;
      const before = isDigit(neighbour(tokens, i, -1));
      const after = isDigit(neighbour(tokens, i, 1));
      // A letter "o" is a zero only between digits: "1234 o b" is the postcode 1234 OB.
      if (t.text === 'o' ? before && after : before || after) {
        t.digits = WEAK[t.text];
        changed = true;
      }
    }
  }
  return tokens;
}

export interface DigitRun {
  digits: string;
  /** The digits of each token of the run, in order ("1062", "5421", …). */
  parts: string[];
  /** Index of the first and one past the last token of the run. */
  start: number;
  end: number;
  /** Whether any part was spoken rather than typed. */
  spoken: boolean;
}

/** Maximal runs of digits separated only by spaces, dots, dashes or slashes. */
export function digitRuns(text: string, tokens: Token[] = resolveDigits(text)): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].digits === undefined) {
      i++;
      continue;
    }
    const run: DigitRun = { digits: '', parts: [], start: i, end: i, spoken: false };
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j];
      if (t.digits !== undefined) {
        run.digits += t.digits;
        run.parts.push(t.digits);
        run.spoken ||= t.kind === 'word';
        run.end = j + 1;
        j++;
      } else if (SEPARATORS.has(t.text) && tokens[j + 1]?.digits !== undefined) {
        j++;
      } else break;
    }
    runs.push(run);
    i = run.end;
  }
  return runs;
}

/** Every digit of the text, spoken digits included: "mijn pin is een twee 3" → "123". */
export function allDigits(text: string): string {
  return resolveDigits(text)
    .map((t) => t.digits ?? '')
    .join('');
}
