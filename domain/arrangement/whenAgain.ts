import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Wanneer kan ik dan wel weer een regeling?", "when can I get one again?", "wann kann ich wieder
 * eine Ratenzahlung?", "kiedy mogę znowu?": when a refused standard arrangement is possible again.
 */
const WHEN = / (wanneer|vanaf wanneer|when|from when|how long until|wann|ab wann|kiedy|od kiedy) /;
const AGAIN = / (weer|opnieuw|again|wieder|erneut|znowu|ponownie|jeszcze raz) /;

export function asksWhenAgain(question: string): boolean {
  const text = normalizeQuestion(question);
  return WHEN.test(text) && AGAIN.test(text);
}
