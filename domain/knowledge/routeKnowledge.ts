import type { IntentId } from '../language/intents';
import type { Recognition } from '../ports/recognizer';
import { complainsAboutCjib } from './cjibComplaint';
import { normalizeQuestion } from './normalizeQuestion';
import { selectTopic, cueTopic, type TopicSelection } from './selectTopic';
import { ABOUT_ARRANGEMENTS, isScamQuestion } from './topicCues';
import { requestsFlow } from './flowRequest';
import { isQuestion } from './questionForm';
import { askedFirst } from './askedFirst';
import { firstQuestionTopic } from './secondQuestion';
import { angryAtFine } from './angryAtFine';

/** How many of the best intents an unsure message's words may confirm a topic of. */
const UNSURE_CANDIDATES = 3;

/** Intents under which anger at a fine is answered with the appeal (unsure, or read as a complaint/objection). */
const ANGER_INTENTS = new Set<IntentId | undefined>([undefined, 'none', 'complaint', 'objection', 'foreign']);

/** What the router should do with a message, as far as the knowledge base is concerned. */
export type KnowledgeRoute = Exclude<TopicSelection, { kind: 'none' }> | { kind: 'flow' } | { kind: 'none' };

/**
 * A question about the flow rather than a request to start it: "kan ik in termijnen betalen?", also
 * with a question mark before an afterthought ("can I pay in parts? its like 300 euros").
 */
function asksAboutFlow(text: string): boolean {
  const asks = isQuestion(text) || text.includes('?') || INNER_QUESTION.test(normalizeQuestion(text));
  return asks && !requestsFlow('payment_arrangement', text);
}

/** The conditions, the minimum or the decision of an arrangement asked about ("minimum amount for a payment plan"). */
function asksAboutArrangements(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return ABOUT_ARRANGEMENTS.some((cue) =>
    Array.isArray(cue) ? cue.every((c) => c.test(normalized)) : cue.test(normalized),
  );
}

/**
 * A question after a statement, without a question mark: "boete is 50 euro kan ik dat in termijnen
 * betalen", "vanaf welk bedrag kan je een regeling krijgen", "whats the minimum for a payment plan".
 */
const INNER_QUESTION =
  /\b(weet (niet )?of|not sure (if|whether)|dont know (if|whether)|weiss nicht,? ob|nie wiem,? czy|kan ik|kun je|kan je|kunnen we|mag ik|vanaf welk|hoeveel|can i|cn i|could i|may i|whats|how much|kann ich|darf ich|ab welche\w*|wie ?viel|czy (moge|mozna|da sie)|od jakiej|ile)\b/;

/**
 * The knowledge base's part of routing one message. `intent` is the intent the router settled on
 * (undefined when the recognizer was unsure). Unsure messages are still answered when they are
 * about a scam message, or when the words of the question confirm one topic of the three best
 * intents (e.g. "deurwaarder" under a weak `bailiff`). For `payment_arrangement` a question about
 * instalments gets the answer (which offers the flow); a request starts the flow. `fine_status`
 * starts its flow unless the question has a clear cue for a topic (e.g. "wanneer moet ik betalen").
 */
export function routeKnowledge(
  recognition: Pick<Recognition, 'text' | 'entities' | 'ranked'>,
  intent: IntentId | undefined,
): KnowledgeRoute {
  // The router and the answered question's follow-up both ask for the same recognition in one turn.
  let routes = ROUTED.get(recognition);
  if (!routes) ROUTED.set(recognition, (routes = new Map()));
  const key = intent ?? NO_INTENT;
  let route = routes.get(key);
  if (!route) routes.set(key, (route = routeOf(recognition, intent)));
  return route;
}

/**
 * Routes already worked out, per recognition and intent. A recognition is made once per message and
 * never changed (a turn's new reading is a new object), so its route stays right; the entries go
 * with the recognition, at the end of the turn.
 */
const ROUTED = new WeakMap<object, Map<IntentId | typeof NO_INTENT, Readonly<KnowledgeRoute>>>();
const NO_INTENT = Symbol('noIntent');

function routeOf(
  recognition: Pick<Recognition, 'text' | 'entities' | 'ranked'>,
  intent: IntentId | undefined,
): KnowledgeRoute {
  const { text, entities } = recognition;
  const normalized = normalizeQuestion(text);
  // "Jullie zijn oplichters, ik wil een klacht indienen": a complaint, not a fake message.
  if (isScamQuestion(normalized))
    return { kind: 'topic', topicId: complainsAboutCjib(normalized) ? 'complaint' : 'scam' };
  // "Ridiculous, 300 euros for 35 over, you people are thieves": anger at the fine itself, how to appeal.
  if (ANGER_INTENTS.has(intent) && angryAtFine(text)) return { kind: 'topic', topicId: 'objection' };
  // "I live in Belgium, how do I appeal?", "what does 'beschikking' mean?": the words say the topic.
  const first = askedFirst(text);
  if (first) return { kind: 'topic', topicId: first.topicId };
  if (!intent) {
    const likely = recognition.ranked.filter((r) => r.intent !== 'none').slice(0, UNSURE_CANDIDATES);
    const intents = likely.map((r) => r.intent);
    const topicId = cueTopic(intents, text) ?? firstQuestionTopic(intents, text);
    return topicId ? { kind: 'topic', topicId } : { kind: 'none' };
  }
  if (intent === 'payment_arrangement') {
    const selection = selectTopic(intent, text, entities);
    const general = selection.kind === 'topic' && selection.topicId === 'instalments';
    return general && !asksAboutFlow(text) && !asksAboutArrangements(text) ? { kind: 'flow' } : selection;
  }
  if (intent === 'fine_status') {
    const selection = selectTopic(intent, text, entities);
    return selection.kind === 'none' ? { kind: 'flow' } : selection;
  }
  return selectTopic(intent, text, entities);
}
