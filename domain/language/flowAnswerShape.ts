import type { Recognition } from '../ports/recognizer';
import { saysNotUnderstood } from './dontKnow';
import { asksWhyAsked } from './whyAsked';

/** True when the message gives data a flow asks for: a number, a postcode, an address, only digits. */
export function givesData(recognition: Recognition): boolean {
  const e = recognition.entities;
  if (e.cjibNumber || e.postcode || e.email || e.phone || e.licencePlate) return true;
  return (
    (e.digits?.length ?? 0) >= 1 &&
    recognition.text.replace(/\D/g, '').length === recognition.text.replace(/\s/g, '').length
  );
}

/**
 * True when the message carries what a flow typically asks for, so it is an answer to the flow's
 * question, not a new question: data, a short yes or no, or a question about the question itself.
 */
export function looksLikeAnAnswer(recognition: Recognition): boolean {
  // "Waarom heeft u dat nodig?" is about the flow's own question: its prompt explains.
  if (asksWhyAsked(recognition.text)) return true;
  // "Wat bedoel je?", "ik snap het niet": about the flow's own question too, which its retry explains.
  if (saysNotUnderstood(recognition.text) && recognition.text.trim().split(/\s+/).length <= 6) return true;
  if (givesData(recognition)) return true;
  return recognition.entities.yesNo !== undefined && recognition.text.trim().split(/\s+/).length <= 3;
}
