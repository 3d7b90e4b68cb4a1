import { normalizeText } from './normalizeText';

/**
 * "Zeker weten?", "echt?", "weet u het zeker?", "are you sure?", "really?", "wirklich?", "sind Sie
 * sicher?", "na pewno?", "serio?": doubt about what was just said, asked as a question. Its "zeker"
 * or "sure" is no yes to an offer (a person, a request): the citizen wants it confirmed.
 * Only with a question mark: "zeker weten" and "sure" said plainly are a yes.
 */
const DOUBT =
  /^((ok |oh |o |hmm |huh |what |wat |echt |really )?(zeker weten|weet (je|u) (het|dat) zeker|echt( waar)?|serieus|is dat zo|klopt dat( wel)?|are you sure|you sure|sure|really|seriously|is that (so|right|true|correct)|wirklich|echt jetzt|sicher|bist du sicher|sind sie sicher|ganz sicher|stimmt das( wirklich)?|na pewno|jestes pewien|jestes pewna|czy na pewno|serio|naprawde|to prawda))$/;

export function asksIfSure(text: string): boolean {
  if (!/\?\s*$/.test(text.trim())) return false;
  return DOUBT.test(normalizeText(text));
}
