/**
 * Personal data said rather than typed, as a phone's speech recogniser writes it down: a CJIB number
 * "negen zes negen acht …", a postcode "acht negen een een a be" or "achtentachtig elf a b", a phone
 * number "nul zes een twee …", an e-mail address "jan punt de vries apenstaartje gmail punt com".
 * The typed-form patterns of maskPersonalData never see digits there, so these are found word by
 * word with the same reader the phone's input uses, and replaced by the same placeholders.
 */
import { foldDiacritics } from '../language/normalizeText';
import { readSpokenNumbers } from '../language/numberInPairs';
import { parseNumberWords } from '../language/numberWords';
import { isSpokenLetter } from '../language/postcodeEntity';
import { WORDS_AFTER_NUMBER } from './wordsAfterNumber';

interface Word {
  /** Where the word's letters and digits start and end in the text (punctuation around kept). */
  start: number;
  end: number;
  core: string;
}

/** Said between the digit groups of one number. */
const JOINERS = new Set(['streepje', 'dash', 'minus', 'min', 'bindestrich', 'strich', 'myslnik', 'kreska']);
/** "plus drie een …": the start of a phone number with its country code. */
const PLUS = new Set(['plus', '+']);
/** "A van Anton", "B as in Bravo", "D wie Dora", "K jak Karol". */
const SPELLED_LIKE = new Set(['van', 'voor', 'als', 'as', 'like', 'for', 'wie', 'von', 'fur', 'jak']);

const AT = new Set(['at', 'apenstaartje', 'apestaartje', 'apenstaart', 'klammeraffe', 'malpa', 'malpka', 'et']);
const DOT = new Set(['punt', 'dot', 'kropka', 'punkt']);
/** Words that end what comes before the name part of an e-mail address ("mijn e-mail is jan …"). */
const BEFORE_NAME = new Set(
  'is ist jest to its es das het dat email mail adres address adresse mijn my meine mein moj ja yes tak nee no nein nie ok oke okay via naar op on per me mij mich mnie u you sie'.split(
    ' ',
  ),
);
const NAME_WORDS = 8;
const TYPED_DOMAIN = /\.[a-z]{2,}$/;
const NOT_A_MAILBOX = new Set(
  'online us me him her them look go visit website site page found find available read more here there out it information'.split(' '),
);
const DOMAIN_WORDS = 6;

/** A word: letters and digits, with dots, dashes and "@" inside ("gmail.com", "ninety-six"); a lone "+". */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.@'-]*[\p{L}\p{N}])?|\+/gu;
const ASCII = /^[\x20-\x7e]*$/;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const core = ASCII.test(m[0]) ? m[0].toLowerCase() : foldDiacritics(m[0]);
    words.push({ start: m.index, end: m.index + m[0].length, core });
  }
  return words;
}

interface Span {
  from: number;
  to: number;
  label: string;
}

/** Where the letters of a postcode said after its digits end ("a be", "ab", "k van karel"), or -1. */
function lettersEnd(words: Word[], i: number): number {
  const first = words[i]?.core;
  if (!first) return -1;
  if (/^[a-z]{2}$/.test(first) && !isSpokenLetter(first) && !WORDS_AFTER_NUMBER.has(first)) return i + 1;
  let j = i;
  for (let n = 0; n < 2; n++) {
    if (!words[j] || !isSpokenLetter(words[j].core)) return -1;
    j++;
    if (SPELLED_LIKE.has(words[j]?.core ?? '') && words[j + 1]?.core[0] === words[j - 1].core[0]) j += 2;
  }
  return j;
}

/** "sześćset", "zeshonderd", "hundred": a phone number said in threes has hundreds between its digits. */
function isHundreds(word: Word | undefined): boolean {
  if (!word || !/(set|sta|scie|sto|honderd|hundert|hundred)$/.test(word.core)) return false;
  const value = parseNumberWords(word.core);
  return value !== undefined && value >= 100 && value < 1000 && value % 100 === 0;
}

function numberSpans(words: Word[]): Span[] {
  const numbers = readSpokenNumbers(words.map((w) => w.core));
  const spans: Span[] = [];
  for (let k = 0; k < numbers.length;) {
    let digits = numbers[k].digits;
    let spoken = !numbers[k].typed;
    let end = numbers[k].end;
    let m = k + 1;
    for (; m < numbers.length; m++) {
      const gap = words.slice(end, numbers[m].start);
      if (!gap.every((w) => JOINERS.has(w.core) || isHundreds(w))) break;
      digits += numbers[m].digits;
      spoken ||= !numbers[m].typed;
      end = numbers[m].end;
    }
    const start = isHundreds(words[numbers[k].start - 1]) ? numbers[k].start - 1 : numbers[k].start;
    k = m;
    if (!spoken || digits.length < 3) continue;
    let from = start;
    let label = '[number]';
    const tail = digits.length > 16 ? digits.slice(16) : digits;
    const letters = tail.length === 4 ? lettersEnd(words, end) : -1;
    if (PLUS.has(words[start - 1]?.core ?? '')) {
      from = start - 1;
      label = '[phone]';
    } else if (digits.length >= 16) {
      label = `${'•'.repeat(12)}${digits.slice(12, 16)}${tail === digits ? '' : letters > 0 ? ' [postcode]' : ' [number]'}`;
    } else if (letters > 0) label = '[postcode]';
    else if (digits[0] === '0' && digits.length >= 9) label = '[phone]';
    spans.push({ from, to: Math.max(end, letters), label });
  }
  return spans;
}

/** Where a domain said after the "at" ends ("gmail punt com", "gmail.com", "web punkt de"), or -1. */
function domainEnd(words: Word[], at: number): number {
  let end = -1;
  for (let j = at + 1; j < Math.min(words.length, at + 1 + DOMAIN_WORDS); j++) {
    if (TYPED_DOMAIN.test(words[j].core)) end = j + 1;
    else if (DOT.has(words[j].core) && /^[a-z]+$/.test(words[j + 1]?.core ?? '')) {
      end = j + 2;
      // "punt n l", "dot c o m": a top-level domain spelled letter by letter.
      while (end < words.length && end < j + 5 && /^[a-z]$/.test(words[end].core)) end++;
      j++;
    } else if (end > 0) break;
  }
  return end;
}

function emailSpans(words: Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!AT.has(words[i].core)) continue;
    const end = domainEnd(words, i);
    if (end < 0) continue;
    let from = i;
    while (from > 0 && i - from < NAME_WORDS && !BEFORE_NAME.has(words[from - 1].core)) from--;
    // "online at nationaleombudsman.nl", "find us at cjib.nl": a website, no mailbox.
    if (from === i || (TYPED_DOMAIN.test(words[i + 1].core) && NOT_A_MAILBOX.has(words[i - 1].core))) continue;
    spans.push({ from, to: end, label: '[e-mail]' });
    i = end - 1;
  }
  return spans;
}

/** The text with spoken CJIB numbers, postcodes, phone numbers and e-mail addresses masked. */
export function maskSpokenData(text: string): string {
  const words = wordsOf(text);
  if (words.length < 2) return text;
  const spans = [...emailSpans(words), ...numberSpans(words)].sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  let next = 0;
  for (const s of spans) {
    if (s.from < next) continue;
    out += text.slice(at, words[s.from].start) + s.label;
    at = words[s.to - 1].end;
    next = s.to;
  }
  return spans.length ? out + text.slice(at) : text;
}
