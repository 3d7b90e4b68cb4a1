import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Nee wacht, mijn mailadres is …", "no, use 07700 900123 instead", "lieber per Handy", "zamiast
 * tego …": the contact detail given replaces the one read back. A detail given without such words
 * ("+44 7700 900123" after an e-mail address) is added: the request carries an e-mail address and a
 * phone number (the collection system's contract has both).
 */
const CORRECTS =
  / (nee|neen|no|nope|nein|nie|wacht|wait|warte|czekaj|sorry|sory|przepraszam|entschuldigung|instead|rather|liever|in plaats|lieber|stattdessen|statt|zamiast|verkeerd|fout|wrong|falsch|zly|zle|bledny|klopt niet|not right|oops|oeps|hoppla|korekta|correctie|correction|nur|only|alleen|tylko) /;

export function correctsContact(message: string): boolean {
  return CORRECTS.test(normalizeQuestion(message));
}
