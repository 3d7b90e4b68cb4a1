import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "How much is it in total?", "Wie viel ist das insgesamt?", "Ile to razem?", "Hoeveel is het in
 * totaal?" while a schedule is on the table: its total, not a new lookup of the fines.
 */
const TOTAL =
  / (in total|total|altogether|all together|insgesamt|gesamt\w*|zusammen|razem|lacznie|w sumie|calosc|in totaal|totaal|bij elkaar|alles samen) /;
const HOW_MUCH = / (how much|what is|whats|wie viel|wieviel|was ist|ile|jaka jest|hoeveel|wat is) /;

export function asksScheduleTotal(question: string): boolean {
  const text = normalizeQuestion(question);
  return TOTAL.test(text) && HOW_MUCH.test(text);
}
