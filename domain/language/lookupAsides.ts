/**
 * Questions a citizen asks while the lookup waits for the CJIB number or the postcode, in the words
 * of a conversation rather than of a form: "wacht, wat is een cjib nummer eigenlijk", "ok en hoe kan
 * ik dat voorkomen", "wat is mijn postcode ook alweer?", "my husband got a fine but he passed away".
 */
import { isQuestion } from '../knowledge/questionForm';
import { normalizeText } from './normalizeText';

/** Words that open a spoken-style question without being part of it ("wacht", "ok en", "but"). */
const LEADING_FILLER =
  /^(wacht|wacht even|momentje|ok|oke|okay|okee|en|maar|oh|o|hm+|sorry|nou|trouwens|wait|hang on|and|but|so|warte|moment|und|aber|also|czekaj|chwila|a|i|ale|to)\b[ ,]*/;

/** A question, also when it opens with a filler ("wacht wat is …", "ok en hoe …"). */
export function asksSomething(text: string): boolean {
  if (isQuestion(text)) return true;
  let rest = normalizeText(text);
  for (let i = 0; i < 3 && LEADING_FILLER.test(rest); i += 1) rest = rest.replace(LEADING_FILLER, '');
  return rest.length > 0 && isQuestion(rest);
}

/** "Hoe kan ik dat voorkomen?", "how can I avoid that?", "wie kann ich das verhindern?", "jak temu zapobiec?" */
const PREVENT = [
  /\b(hoe|wat) (kan|moet) ik (dat|dit|het|dat dan|dit dan)? ?(voorkomen|vermijden|tegenhouden)\b/,
  /\bhoe voorkom ik (dat|dit|het)\b/,
  /\b(how|what) (can|do|should) i (do to )?(prevent|avoid|stop) (that|this|it)\b/,
  /\bwie (kann ich )?(das|es|dies) (verhindern|vermeiden|verhindere|vermeide)\b/,
  /\bwie verhindere ich (das|es)\b/,
  /\bjak (moge |mozna )?(temu|tego) (zapobiec|uniknac)\b/,
];

export function asksHowToPrevent(text: string): boolean {
  const normal = normalizeText(text);
  return PREVENT.some((cue) => cue.test(normal));
}

/** "Ik heb twee brieven, welke moet ik nemen?", "which letter?", "welchen Brief?", "który list?" */
const WHICH_LETTER = [
  /\b(welke|van welke|uit welke) (brief|brieven)\b/,
  /\b(twee|2|meerdere|verschillende) brieven\b.*\b(welk\w*|wat)\b/,
  /\bwhich (letter|one of the letters)\b/,
  /\b(two|2|several) letters\b.*\b(which|what)\b/,
  /\b(welch\w*|von welchem|aus welchem) (brief|schreiben)\b/,
  /\b(zwei|2|mehrere) (briefe|schreiben)\b.*\b(welch\w*|was)\b/,
  /\b(ktory|z ktorego|ktore) (list|pismo|pisma|listu)\b/,
  /\b(dwa|2|kilka) (listy|pisma)\b.*\b(ktor\w*|co)\b/,
];

export function asksWhichLetter(text: string): boolean {
  const normal = normalizeText(text);
  return WHICH_LETTER.some((cue) => cue.test(normal));
}

/** "Wat is mijn postcode ook alweer?", "I forgot my postcode", "wie ist meine Postleitzahl?", "nie pamiętam kodu". */
const OWN_POSTCODE = [
  /\b(wat|welke) (is|was) (ook alweer )?mijn postcode\b/,
  /\bmijn postcode (ook alweer|vergeten|weet ik niet)\b/,
  /\b(ik )?weet (ik )?mijn postcode niet\b/,
  /\b(what is|whats|what was) my (post ?code|zip ?code)\b/,
  /\b(forgot|forgotten|dont know|do not know) my (post ?code|zip ?code)\b/,
  /\b(wie|was) (ist|war) meine (postleitzahl|plz)\b/,
  /\bmeine (postleitzahl|plz) (vergessen|weiss ich nicht)\b/,
  /\bjaki (jest|byl|mam) (moj )?kod( pocztowy)?\b/,
  /\bnie (pamietam|wiem) (jaki (jest )?)?(mojego |moj )?kod\w*( pocztow\w*)?\b/,
];

export function asksOwnPostcode(text: string): boolean {
  const normal = normalizeText(text);
  return OWN_POSTCODE.some((cue) => cue.test(normal));
}

/**
 * Someone who has died: their fines are for a person to answer, with kindness, not a lookup (also a
 * cue of the knowledge base's beyond_knowledge topic).
 */
export const DIED =
  /\b(overleden|gestorven|overlijden|passed away|died|deceased|verstorben|gestorben|zmarl\w*|zmarla|nie zyje|umarl\w*)\b/;

export function mentionsDeath(text: string): boolean {
  return DIED.test(normalizeText(text));
}
