import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Ok I'm back", "ik ben er weer", "da bin ich wieder", "już jestem" after a moment away: the
 * citizen returns to the question, which is asked again. The "ok" in it is no yes to the question.
 */
const BACK =
  / (im back|i am back|back again|here again|ben er weer|ben weer terug|ik ben terug|daar ben ik weer|bin wieder da|da bin ich wieder|bin zuruck|wieder da|juz jestem|jestem z powrotem|wrocil\w*) /;

export function saysIsBack(answer: string): boolean {
  return BACK.test(normalizeQuestion(answer));
}
