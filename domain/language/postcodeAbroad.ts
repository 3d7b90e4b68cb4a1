/**
 * "Ich wohne in Deutschland, welche Postleitzahl?", "I live in Belgium, which postcode?", "mieszkam w
 * Polsce, jaki kod pocztowy?": at the lookup's postcode question, a citizen abroad asks which postcode
 * is meant. It is the one of the address the letter was sent to, as written on the letter, a foreign
 * one too (DOMAIN.md): said briefly, not the whole answer about living abroad. Pure word patterns.
 */
import { saysLivingAbroad } from '../knowledge/residesAbroad';
import { isQuestion } from '../knowledge/questionForm';
import { saysAbroad } from './answerInParts';
import { normalizeText } from './normalizeText';

/** A postcode named, in nl/en/de/pl (normalised text). */
const POSTCODE_WORD = /\b(postcode|post code|postal code|zip ?code|zip|postleitzahl|plz|kod\w*( pocztow\w*)?)\b/;

/** Which one, or which to give: "welke", "which", "welche", "jaki", "what", "wat", "was für", "ktory". */
const WHICH =
  /\b(welke|wat voor|which|what|whose|welch\w*|was fur|jaki\w*|ktor\w*|moet ik|should i|do i|soll ich|muss ich|mam)\b/;

/** Whether the message, said while the postcode is asked, asks which postcode a citizen abroad gives. */
export function asksPostcodeFromAbroad(text: string): boolean {
  if (/\d/.test(text)) return false;
  const normal = normalizeText(text);
  if (!POSTCODE_WORD.test(normal)) return false;
  if (!WHICH.test(normal) && !isQuestion(text)) return false;
  return saysAbroad(text) || saysLivingAbroad(text);
}
