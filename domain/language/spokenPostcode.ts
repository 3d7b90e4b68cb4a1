/**
 * A Dutch postcode said as numbers rather than digits: "negenentachtig elf a b", "acht negen elf
 * AB". Only for the answer to the postcode question, where a number word can be nothing else.
 */
import { parseNumberWords } from './numberWords';
import { foldDiacritics } from './normalizeText';
import { extractPostcode, type Postcode } from './postcodeEntity';

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
  return postcode?.country === 'NL' ? postcode : undefined;
}
