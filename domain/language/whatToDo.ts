import { normalizeText } from './normalizeText';

/**
 * "Wat moet ik doen?", "what should I do?", "was soll ich tun?", "co mam zrobić?": the citizen asks for
 * the next step in the situation just talked about, not for the assistant's list of what it can do.
 */
export const WHAT_TO_DO =
  /wat (moet|kan|zal|moeten|kunnen) (ik|we|wij) (nu |dan |nou )?(doen|nu|dan)|wat nu\b|hoe nu verder|what (should|do|can|must) (i|we) do|what now\b|what do i do|was (soll|kann|muss) ich (jetzt |nun |dann )?(tun|machen)|was nun\b|co (mam|moge|powinienem|powinnam|musze) (teraz )?(zrobic|robic)|co teraz\b/;

/** Whether a short message asks what to do now (a longer one carries a question of its own). */
export function asksWhatToDo(text: string): boolean {
  const normalized = normalizeText(text);
  return normalized.split(' ').length <= 10 && WHAT_TO_DO.test(normalized);
}
