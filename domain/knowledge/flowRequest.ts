import type { IntentId } from '../language/intents';
import { normalizeQuestion } from './normalizeQuestion';

/** Words of a request to do something now ("aanvragen", "I want to apply"), as opposed to a question about it. */
const REQUEST =
  /\b(aanvragen|aanvraag (doen|indienen)|regelen|ik wil|wil ik|ik zou graag|opzoeken|bekijken|nakijken|apply|request|set up|sign up|i want|i would like|id like|look up|check my|beantragen|ich mochte|ich will|nachsehen|chce|chcialbym|chcialabym|zlozyc wniosek|sprawdzic)\b/;

/** Intents that have both a flow and knowledge-base answers about it. */
const FLOW_OR_ANSWER: ReadonlySet<IntentId> = new Set(['payment_arrangement', 'fine_status']);

/**
 * Whether a message of a flow intent asks to start the flow ("ik wil een betalingsregeling aanvragen")
 * rather than a question about it ("kan ik in termijnen betalen?", which gets the answer that offers
 * the flow). Only meaningful for payment_arrangement and fine_status; false for other intents.
 */
export function requestsFlow(intent: IntentId, text: string): boolean {
  return FLOW_OR_ANSWER.has(intent) && REQUEST.test(normalizeQuestion(text));
}
