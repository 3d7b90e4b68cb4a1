/**
 * "Так", "نعم", "oui", "evet": a yes in a language the assistant does not speak, as the answer to a
 * person offered to a citizen who writes that language (the yes/no of nl/en/de/pl is in yesNo.ts).
 * Only a short answer counts: "oui, mais…" with a question is not a bare yes. Pure: word list.
 */
import { foldDiacritics } from './normalizeText';

const LATIN_YES =
  /^(oui|si|sim|evet|da|ano|igen|taip|tamam|d accord|por favor|s il vous plait|lutfen|va rog|prosim)( (oui|si|sim|evet|da|ano|igen|taip|por favor|s il vous plait|lutfen|va rog|prosim|merci|gracias|obrigad[oa]|grazie|tesekkurler|multumesc|dekuji|koszonom|aciu))*$/;
const SCRIPT_YES = /^(так|да|ага|будь ласка|пожалуйста|نعم|أجل|ايوه|ναι|是|好|对|כן)( (так|да|будь ласка|пожалуйста|дякую|спасибо|نعم|شكرا|ναι|כן))*$/u;

/** Whether the message is a bare yes in another language. */
export function saysYesInOtherLanguage(text: string): boolean {
  const cleaned = text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
  const folded = foldDiacritics(text).replace(/['’`]/g, ' ').replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return SCRIPT_YES.test(cleaned) || LATIN_YES.test(folded);
}
