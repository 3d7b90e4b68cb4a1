import { APPLY_TARGET } from './applyFollowUp';
import { normalizeQuestion } from './normalizeQuestion';
import type { TopicId } from './topics';

/**
 * Replies at "did this help?" that carry more than a bare yes or no: "nee dit helpt niet" is a no
 * (never a goodbye as if helped), "ja, aanvragen" after an answer that offers the arrangement starts it.
 */

/** "Dit helpt niet", "that didn't help", "hilft mir nicht", "nie pomogło", "not helpful", "nope useless". */
const NOT_HELPFUL =
  /\b(helpt|hielp|helpen|geholpen) (\w+ ){0,2}(niet|geen|niks|niets)\b|\bniet (geholpen|nuttig|duidelijk)\b|\bheb ik niets aan\b|\bniks aan\b|\b(didnt|doesnt|does not|did not|dont|do not|not) (really )?help\w*\b|\bnot (helpful|useful|clear)\b|\bunhelpful\b|\buseless\b|\bhilft (\w+ ){0,2}(nicht|nichts|nix|kaum)\b|\bhat (\w+ ){0,2}nicht geholfen\b|\bnicht hilfreich\b|\bnutzlos\b|\bnie pomog\w*\b|\bnie pomaga\w*\b|\bbezuzyteczn\w*\b|\bnic (mi )?nie (daje|dalo)\b/;

export function saysNotHelpful(text: string): boolean {
  return NOT_HELPFUL.test(normalizeQuestion(text));
}

/** "Ja, aanvragen", "yes, apply", "ja beantragen", "tak, złóż wniosek": the arrangement asked for. */
const APPLY =
  /\b(aanvragen|aanvraag|vraag (\w+ )?aan|regelen|apply|request it|start|beantragen|beantrage|antrag|wniosek|zloz\w*|zlozyc|zamow\w*)\b/;
const NEGATED = /\b(niet|geen|not|dont|nicht|kein\w*|nie)\b/;

/** The topics whose answer offers to request the arrangement here. */
export function offersArrangementHere(topicId: TopicId | undefined): boolean {
  if (!topicId) return false;
  return topicId === 'instalments' || topicId === 'strafbeschikking' || APPLY_TARGET[topicId] === 'instalments';
}

/** A yes at "did this help?" that asks to request the arrangement the answer offered. */
export function asksToApplyAfter(topicId: TopicId | undefined, text: string): boolean {
  const normalized = normalizeQuestion(text);
  return offersArrangementHere(topicId) && APPLY.test(normalized) && !NEGATED.test(normalized);
}
