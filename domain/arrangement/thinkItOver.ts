import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "I need to think about it", "ich muss darüber nachdenken", "ich überlege es mir", "muszę się
 * zastanowić", "ik wil er even over nadenken", "ik denk er even over na": not now, which at an
 * arrangement's questions means nothing is requested.
 */
const THINK =
  / (think (about|it over|this over|over)|sleep on it|consider it|nachdenken|uberleg\w*|denk\w* (\w+ ){0,3}\w*over na|bedenkzeit|zastanowic|zastanowie|przemyslec|przemysle|nadenken|bedenken|erover nadenken|overleggen|bespreken|eerst (met|aan) (mijn|m'n) \w+ vragen|talk (it over |this over )?(to|with) (my|the) \w+|discuss (it|this)|check with (my|the) \w+|ask (my|the) (wife|husband|partner|family|parents)|besprechen|mit (meiner|meinem) \w+ (sprechen|reden)|porozmawiac z|porozmawiam z|omowic|omowie|naradzic|skonsultowac) /;

export function wantsToThinkItOver(answer: string): boolean {
  return THINK.test(normalizeQuestion(answer));
}
