import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { saysDontKnow } from '../language/dontKnow';
import { wantsToThinkItOver } from './thinkItOver';

/**
 * "Ik weet het niet", "ik weet het nog niet", "ik twijfel", "not sure", "ich bin unsicher", "nie
 * wiem", "nie jestem pewna" at an arrangement's question: not a no, but a citizen who needs the
 * choices explained. "I need to think about it" is a choice of its own (not now).
 */
const UNSURE =
  / (weet (het |dat )?nog niet|twijfel\w*|niet zeker|not sure|unsure|not certain|hesitant|weiss (es |das )?noch nicht|unsicher|nicht sicher|jeszcze nie wiem|nie jestem pew\w*|nie wiem) /;

export function saysUnsure(answer: string): boolean {
  if (wantsToThinkItOver(answer)) return false;
  return saysDontKnow(answer) || UNSURE.test(normalizeQuestion(answer));
}
