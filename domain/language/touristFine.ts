import { normalizeText } from './normalizeText';

/**
 * "Hi I got a fine while on holiday in Amsterdam", "Bußgeld im Urlaub bekommen": a fine from a
 * visit, often to someone living abroad. The recognizer is unsure of these; the words say the
 * foreign topic (paying and the rules from abroad).
 */
const VISIT =
  /\b(holiday|holidays|vacation|tourist|abroad|vakantie|toerist|urlaub|ferien|wakacj\w*|urlop\w*|turyst\w*)\b/;
const FINE = /\b(fine|ticket|boete|bekeuring|bussgeld|strafzettel|knollen|mandat\w*|kar[aey])\b/;

export function finedOnVisit(text: string): boolean {
  const normal = normalizeText(text);
  return VISIT.test(normal) && FINE.test(normal);
}
