/**
 * Answers given in parts over several messages: a CJIB number in groups ("9698", "9486 1458",
 * "0658", "negen zes negen"), a postcode's four digits and then its letters ("8911", then "a b").
 * Pure: which message is only a part, and what two parts make together.
 */
import { foldDiacritics } from './normalizeText';
import { extractPostcode } from './postcodeEntity';
import { resolveDigits } from './spokenDigits';

/** Words said between digits that carry nothing: hesitations, "and", "postcode is". */
const FILLER = new Set(
  'eh ehm euh uh uhm um hm hmm en and und i oraz dan then dann potem verder further weiter dalej is ist to mijn my meine mein moj de het the die postcode postleitzahl plz zip kod pocztowy cijfers digits ziffern cyfry'.split(
    ' ',
  ),
);

/** The digits of a message that is only digits (typed or spoken, fillers allowed); undefined otherwise. */
export function digitsOnly(text: string): string | undefined {
  const tokens = resolveDigits(text);
  let digits = '';
  for (const t of tokens) {
    if (t.digits !== undefined) digits += t.digits;
    else if (t.kind === 'word' ? !FILLER.has(t.text) : t.kind !== 'symbol') return undefined;
  }
  return digits || undefined;
}

/** "8911", "acht negen een een", "mijn postcode is 8911": the four digits of a Dutch postcode, said without its letters. */
export function postcodeDigitsAlone(text: string): string | undefined {
  const digits = digitsOnly(text);
  return digits && /^[1-9]\d{3}$/.test(digits) ? digits : undefined;
}

/** "a b", "AB", "A van Anton, B van Bernard" after the four digits: the whole Dutch postcode. */
export function postcodeWithLetters(digits: string, text: string): string | undefined {
  if (/\d/.test(text) || digitsOnly(text) !== undefined) return undefined;
  const postcode = extractPostcode(`${digits} ${text}`);
  return postcode?.country === 'NL' && postcode.value.startsWith(digits) ? postcode.value : undefined;
}

/** "Ik woon in België", "it's abroad", "keine Buchstaben", "za granicą": a postcode without letters is foreign. */
const ABROAD =
  /\b(buitenland\w*|abroad|foreign|ausland|za granic\w*|belgi\w*|belgium|belgique|luxemb\w*|oostenrijk|austria|osterreich|schweiz|suisse|zwitserland|switzerland|denemarken|denmark|danemark|dania|hongarije|hungary|ungarn|wegry|noorwegen|norway|norwegen|norwegia|geen letters|zonder letters|no letters|without letters|keine buchstaben|ohne buchstaben|bez liter)\b/;

export function saysAbroad(text: string): boolean {
  return ABROAD.test(foldDiacritics(text));
}
