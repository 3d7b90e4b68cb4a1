import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "How long can I spread it?", "Wie lange kann ich die Zahlung strecken?", "Na jak długo mogę to
 * rozłożyć?", "Hoe lang mag ik erover doen?" during an arrangement: a question about the number of
 * months of an arrangement, not about the letter's payment deadline.
 */
const HOW_LONG =
  / (hoe lang|how long|for how long|over how many|wie lange|wie viele monate|jak dlugo|na jak dlugo|na ile|ile miesiecy|hoeveel maanden|how many months) /;
const SPREAD =
  / (spread|split|stretch|instalments?|installments?|months|spreiden|verdelen|termijnen|afbetalen|erover doen|maanden|strecken|verteilen|raten|abbezahlen|abzahlen|monate|rozlozyc|rozkladac|splacac|raty|rat|miesiecy) /;

export function asksHowLongToSpread(question: string): boolean {
  const text = normalizeQuestion(question);
  return HOW_LONG.test(text) && SPREAD.test(text);
}
