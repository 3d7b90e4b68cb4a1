import { isQuestion } from '../knowledge/questionForm';
import { saysNotUnderstood } from '../language/dontKnow';

/**
 * A question of the citizen's own mid-flow ("Kan ik het later nog aanpassen?"), not "wat bedoel
 * je?", which the question's retry explains, nor a bare question mark.
 */
export function asksOwnQuestion(answer: string): boolean {
  return isQuestion(answer) && !saysNotUnderstood(answer) && /[\p{L}\p{N}]/u.test(answer);
}
