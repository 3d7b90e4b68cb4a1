/**
 * A Dutch postcode said as numbers rather than digits: "negenentachtig elf a b", "acht negen elf
 * AB", "duizend zeventien cee iks"; or a foreign one said digit by digit: "vier sieben fünf drei drei" (47533), "sześć jeden
 * myślnik zero zero jeden" (61-001). Only for the answer to the postcode question, where a number
 * word can be nothing else.
 */
import { parseNumberWords } from './numberWords';
import { foldDiacritics } from './normalizeText';
import { extractPostcode, type Postcode } from './postcodeEntity';
import { resolveDigits } from './spokenDigits';

/** Words said between the digits of a postcode: a dash, or "postcode is". */
const FILLER = new Set([
  'streepje',
  'dash',
  'minus',
  'bindestrich',
  'strich',
  'myslnik',
  'kreska',
  'postcode',
  'postleitzahl',
  'plz',
  'kod',
  'pocztowy',
  'zip',
  'code',
  'is',
  'ist',
  'to',
  'mijn',
  'my',
  'meine',
  'moj',
]);

/** Foreign postcodes have 4 to 6 digits (BE, DK, AT: 4; DE, FR, PL: 5). */
function foreignSpoken(text: string): Postcode | undefined {
  const tokens = resolveDigits(text);
  let digits = '';
  let spoken = false;
  for (const t of tokens) {
    if (t.digits !== undefined) {
      digits += t.digits;
      spoken ||= t.kind === 'word';
    } else if (t.kind === 'word' ? !FILLER.has(t.text) : t.kind !== 'symbol') return undefined;
  }
  return spoken && digits.length >= 4 && digits.length <= 6
    ? { value: digits, country: 'foreign' }
    : undefined;
}

/** Number words the four digits may be said in as one number: "duizend zeventien", "drieduizend vijfhonderd twaalf". */
const THOUSANDS = /(duizend|tausend|thousand|tysiac|tysiace|tysiecy)/;

/** Words one whole number of a postcode may take: "forty seven thousand five hundred thirty three". */
const WHOLE_WORDS = 7;

/**
 * "duizend zeventien cee iks" → "1017 cee iks", "siebenundvierzigtausendfünfhundertdreiunddreißig"
 * → "47533": the four (or, abroad, five) digits said as one whole number of a thousand or more
 * become those digits.
 */
function wholeThousands(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const cores = words.map((w) => foldDiacritics(w).replace(/[^a-z]/g, ''));
  for (let i = 0; i < cores.length; i++) {
    // The number starts at most two words before its thousands ("forty seven thousand").
    if (!cores.slice(i, i + 3).some((c) => THOUSANDS.test(c))) continue;
    for (let j = Math.min(cores.length, i + WHOLE_WORDS); j > i; j--) {
      const span = cores.slice(i, j);
      if (!span.every((c) => c.length > 1 && parseNumberWords(c) !== undefined)) continue;
      const value = parseNumberWords(span.join(' '));
      if (value !== undefined && value >= 1000 && value <= 99999 && THOUSANDS.test(span.join(' ')))
        return [...words.slice(0, i), String(value), ...words.slice(j)].join(' ');
    }
  }
  return text;
}

export function extractSpokenPostcode(said: string): Postcode | undefined {
  const text = wholeThousands(said);
  if (text !== said) {
    const whole = extractPostcode(text);
    // Four digits without letters stay for the letters question; five are a postcode abroad.
    if (whole?.country === 'NL' || (whole && /^\d{5}$/.test(whole.value))) return whole;
  }
  let changed = false;
  const words = text.split(/\s+/).map((word) => {
    const core = foldDiacritics(word).replace(/[^a-z]/g, '');
    const n = core.length > 1 ? parseNumberWords(core) : undefined;
    if (n === undefined || n > 99) return word;
    changed = true;
    return String(n);
  });
  if (!changed) return undefined;
  const postcode = extractPostcode(words.join(' ').replace(/\b(\d{1,2})\s+(?=\d)/g, '$1'));
  return postcode?.country === 'NL' ? postcode : foreignSpoken(text);
}
