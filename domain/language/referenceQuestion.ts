/**
 * "Wat was mijn referentienummer ook alweer?", "what's my reference number?", "Wie war mein
 * Aktenzeichen?", "jaki jest mój numer referencyjny?": the citizen asks for the reference of the
 * request they filed in this conversation, or to hear it again ("herhaal het referentienummer").
 */
import { normalizeText } from './normalizeText';

const REFERENCE_WORDS =
  /\b(referentie ?nummer|referentie|kenmerk van (mijn|de) aanvraag|reference( number)?|ref number|aktenzeichen|referenznummer|vorgangsnummer|numer referencyjny|numeru referencyjnego|numer wniosku|numeru wniosku)\b/;

const ASKS =
  /\b(wat|welk|hoe|waar|what|whats|which|where|again|nog( een keer)?|ook alweer|weer|wie|was|welche|nochmal|noch ?mal|jaki|jak|gdzie|jeszcze raz|podac|give|geef|tell|zeg|sagen|nennen|herhaal|herhalen|repeat|say|wiederholen|wiederhole|powtorz|powtorzyc)\b|\?/;

export function asksForReference(text: string): boolean {
  const normal = normalizeText(text);
  return REFERENCE_WORDS.test(normal) && (ASKS.test(normal) || text.includes('?'));
}
