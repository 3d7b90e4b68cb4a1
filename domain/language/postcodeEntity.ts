/**
 * Postcodes: Dutch "1234 AB" (typed in any form or spoken: "een twee drie vier a b",
 * "twaalf…" is not supported) and foreign ones (PL "00-950", DE/FR/ES "10115", UK "SW1A 1AA",
 * BE "1000" with a country cue).
 */
import { foldDiacritics } from './normalizeText';
import { digitRuns, resolveDigits, type Token } from './spokenDigits';

export interface Postcode {
  value: string;
  country: 'NL' | 'foreign';
}

/** Letter combinations PostNL never issues. */
const FORBIDDEN_NL_LETTERS = new Set(['SA', 'SD', 'SS']);

/** Two-letter words that follow a number in a sentence but are no postcode letters. */
const TWO_LETTER_WORDS = new Set(
  'km kg cm mm ct pm am mb gb ml en in op of is te ik je me we ze at to an as be by do go he if it my no on or so up us na ja om er al nu zo du er es im am um zu wo na od do za ze co to je mi'.split(
    ' ',
  ),
);

/** Spoken letter names (nl, en, NATO) → letter. */
const LETTER_NAMES: Record<string, string> = {
  aa: 'A',
  ay: 'A',
  alfa: 'A',
  alpha: 'A',
  bee: 'B',
  be: 'B',
  bravo: 'B',
  cee: 'C',
  see: 'C',
  charlie: 'C',
  ce: 'C',
  dee: 'D',
  de: 'D',
  delta: 'D',
  ee: 'E',
  echo: 'E',
  ef: 'F',
  eff: 'F',
  foxtrot: 'F',
  foxtrott: 'F',
  gee: 'G',
  ge: 'G',
  golf: 'G',
  ha: 'H',
  aitch: 'H',
  hotel: 'H',
  ie: 'I',
  eye: 'I',
  india: 'I',
  jee: 'J',
  jay: 'J',
  jot: 'J',
  juliet: 'J',
  juliett: 'J',
  ka: 'K',
  kay: 'K',
  kilo: 'K',
  el: 'L',
  lima: 'L',
  em: 'M',
  mike: 'M',
  en: 'N',
  november: 'N',
  oo: 'O',
  oscar: 'O',
  pee: 'P',
  pe: 'P',
  papa: 'P',
  ku: 'Q',
  kuu: 'Q',
  cue: 'Q',
  queue: 'Q',
  quebec: 'Q',
  er: 'R',
  ar: 'R',
  romeo: 'R',
  es: 'S',
  ess: 'S',
  sierra: 'S',
  tee: 'T',
  te: 'T',
  tango: 'T',
  uu: 'U',
  you: 'U',
  uniform: 'U',
  vee: 'V',
  ve: 'V',
  victor: 'V',
  wee: 'W',
  we: 'W',
  whiskey: 'W',
  whisky: 'W',
  iks: 'X',
  ex: 'X',
  xray: 'X',
  ij: 'Y',
  why: 'Y',
  ypsilon: 'Y',
  yankee: 'Y',
  griekse: 'Y',
  zet: 'Z',
  zed: 'Z',
  zee: 'Z',
  zulu: 'Z',
  // As a recogniser writes Dutch, German and Polish letter names: "kaa", "haa", "ei" (ij), "eks", "gie", "wu", "igrek".
  kaa: 'K',
  haa: 'H',
  ei: 'Y',
  eks: 'X',
  ieks: 'X',
  ix: 'X',
  zett: 'Z',
  gie: 'G',
  wu: 'W',
  igrek: 'Y',
};

const COUNTRY_CUE =
  /\b(belgi|belgium|belgique|schweiz|suisse|zwitserland|switzerland|oostenrijk|austria|osterreich|denemarken|denmark|danmark|luxemb|hongarije|hungary|noorwegen|norway)/;
const POSTCODE_CUE =
  /\b(postcode|postleitzahl|plz|zip|postal|kod pocztowy|kod|adres|address|woon|wohne|mieszkam)/;

const TYPED_NL = /(?<![\w-])([1-9]\d{3})(\s?-?\s?)([A-Za-z]{2})(?![\w-])/g;
const NEXT_WORD = /^[\s,.]*([a-z]+)/;

function nlFromTyped(text: string): Postcode | undefined {
  for (const m of text.matchAll(TYPED_NL)) {
    const letters = m[3].toUpperCase();
    if (FORBIDDEN_NL_LETTERS.has(letters)) continue;
    // "1234 ka el", "1234 aa bee": letters spelled out, read by nlFromSpoken.
    const next = NEXT_WORD.exec(foldDiacritics(text.slice(m.index + m[0].length)))?.[1];
    if (LETTER_NAMES[m[3].toLowerCase()] && next && (next.length === 1 || LETTER_NAMES[next])) continue;
    const glued = m[2].trim() !== '' || m[2] === '';
    const upper = m[3] === letters;
    if (glued || upper || !TWO_LETTER_WORDS.has(m[3].toLowerCase())) {
      return { value: `${m[1]} ${letters}`, country: 'NL' };
    }
  }
  return undefined;
}

/**
 * The words of the Dutch, German and Polish spelling alphabets, said without the letter ("acht
 * negen een een Anton Bernard"): their first letter, only after the four digits of a postcode.
 */
const SPELLING_WORDS = new Set(
  (
    'anton bernard cornelis dirk eduard ferdinand gerard hendrik izaak johan johannes karel lodewijk maria nico otto pieter quirinus quotient richard simon theodoor teunis utrecht victor willem xantippe ypsilon zacharias ' +
    'berta caesar casar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol paula quelle samuel siegfried theodor ulrich viktor wilhelm xanthippe zeppelin ' +
    'adam barbara celina dorota ewa franciszek grazyna henryk irena jadwiga karol ludwik marek natalia olga pawel roman stefan tadeusz urszula waclaw zygmunt'
  ).split(' '),
);

function letterOf(token: Token | undefined): string | undefined {
  if (!token || token.kind !== 'word') return undefined;
  if (token.text.length === 1) return token.text.toUpperCase();
  return (
    LETTER_NAMES[token.text] ?? (SPELLING_WORDS.has(token.text) ? token.text[0].toUpperCase() : undefined)
  );
}

/** A letter said on its own: "a", "bee", "ka", "alpha", "Anton" (for masking a postcode said aloud). */
export function isSpokenLetter(word: string): boolean {
  return /^[a-z]$/.test(word) || Object.hasOwn(LETTER_NAMES, word) || SPELLING_WORDS.has(word);
}

/** Said or written between the digits and the letters, or between the letters: pauses, "spatie", a dash. */
/** Said or typed between a postcode's letters: "a punt b punt" is a speech recogniser's "A. B.". */
const BETWEEN_LETTERS = new Set([
  ',',
  '.',
  '-',
  'spatie',
  'space',
  'leerzeichen',
  'spacja',
  'punt',
  'dot',
  'punkt',
  'kropka',
  'streepje',
  'dash',
  'bindestrich',
  'myslnik',
]);

/** Words that lead to a spelling word: "A van Anton", "B as in Bravo", "D wie Dora", "K jak Karol". */
const SPELLED_LIKE = new Set(['van', 'voor', 'als', 'as', 'like', 'for', 'wie', 'von', 'fur', 'jak', 'jako']);

/**
 * The letter said at token i (pauses written as commas skipped), and where the next one starts:
 * "k van karel" is K, and "karel" is no letter of its own.
 */
function letterAt(tokens: Token[], i: number): { letter: string; next: number } | undefined {
  while (BETWEEN_LETTERS.has(tokens[i]?.text ?? '')) i++;
  const letter = letterOf(tokens[i]);
  if (!letter) return undefined;
  let j = i + 1;
  if (SPELLED_LIKE.has(tokens[j]?.text ?? '')) {
    j++;
    if (tokens[j]?.text === 'in') j++;
    const word = tokens[j];
    if (word?.kind === 'word' && word.text.length > 1 && word.text[0] === letter.toLowerCase())
      return { letter, next: j + 1 };
  }
  return { letter, next: i + 1 };
}

/** "een twee drie vier a b", "1 2 3 4 bee dee", "negen zeven twee twee alpha bravo". */
function nlFromSpoken(text: string): Postcode | undefined {
  const tokens = resolveDigits(text);
  for (const run of digitRuns(text, tokens)) {
    // "9698948614580658 8911 a b": the CJIB number and then the postcode, in one run of digits.
    const digits = run.digits.length === 4 ? run.digits : run.parts[run.parts.length - 1];
    if (digits.length !== 4 || digits[0] === '0') continue;
    const next = tokens[run.end];
    let letters: string | undefined;
    if (
      next?.kind === 'word' &&
      next.text.length === 2 &&
      !TWO_LETTER_WORDS.has(next.text) &&
      !LETTER_NAMES[next.text]
    ) {
      letters = next.text.toUpperCase();
    } else {
      const first = letterAt(tokens, run.end);
      const second = first && letterAt(tokens, first.next);
      if (first && second) letters = first.letter + second.letter;
    }
    if (letters && !FORBIDDEN_NL_LETTERS.has(letters))
      return { value: `${digits} ${letters}`, country: 'NL' };
  }
  return undefined;
}

function foreign(text: string): Postcode | undefined {
  const folded = foldDiacritics(text);
  const prefixed = text.match(/(?<![\w-])(D|B|F|L|A|CH|PL|DK|E|I)-(\d{2}-\d{3}|\d{4,5})(?![\w-])/);
  if (prefixed) return { value: `${prefixed[1]}-${prefixed[2]}`, country: 'foreign' };
  const polish = text.match(/(?<![\w-])(\d{2}-\d{3})(?![\w-])/);
  if (polish) return { value: polish[1], country: 'foreign' };
  const uk = text.match(/(?<![\w-])([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})(?![\w-])/);
  if (uk) return { value: `${uk[1]} ${uk[2]}`, country: 'foreign' };
  const shortAnswer = folded.split(/\s+/).filter(Boolean).length <= 3;
  const five = text.match(/(?<![\w.,€-])(\d{5})(?![\w.,-]|\s*(euro|eur|€|,-))/i);
  if (five && (shortAnswer || POSTCODE_CUE.test(folded) || COUNTRY_CUE.test(folded))) {
    return { value: five[1], country: 'foreign' };
  }
  const four = text.match(/(?<![\w.,€-])([1-9]\d{3})(?![\w.,-]|\s*(euro|eur|€|,-))/i);
  if (four && COUNTRY_CUE.test(folded)) return { value: four[1], country: 'foreign' };
  return undefined;
}

export function extractPostcode(text: string): Postcode | undefined {
  return nlFromTyped(text) ?? nlFromSpoken(text) ?? foreign(text);
}
