/**
 * A Dutch postcode said as numbers rather than digits: "negenentachtig elf a b", "acht negen elf
 * AB"; or a foreign one said digit by digit: "vier sieben fünf drei drei" (47533), "sześć jeden
 * myślnik zero zero jeden" (61-001). Only for the answer to the postcode question, where a number
 * word can be nothing else.
 */
import { parseNumberWords } from './numberWords';
import { foldDiacritics } from './normalizeText';
import { extractPostcode, type Postcode } from './postcodeEntity';
import { resolveDigits } from './spokenDigits';

/** Words said between the digits of a postcode: a dash, or "postcode is". */
const FILLER = new Set([
  'streepje', 'dash', 'minus', 'bindestrich', 'strich', 'myslnik', 'kreska',
  'postcode', 'postleitzahl', 'plz', 'kod', 'pocztowy', 'zip', 'code', 'is', 'ist', 'to', 'mijn', 'my', 'meine', 'moj',
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
  return spoken && digits.length >= 4 && digits.length <= 6 ? { value: digits, country: 'foreign' } : undefined;
}

export function extractSpokenPostcode(text: string): Postcode | undefined {
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
