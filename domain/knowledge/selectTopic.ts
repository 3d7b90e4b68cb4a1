import type { Entities } from '../language/entities';
import type { IntentId } from '../language/intents';
import { complainsAboutCjib } from './cjibComplaint';
import { normalizeQuestion } from './normalizeQuestion';
import { INTENT_DEFAULT_TOPIC, isScamQuestion, TOPIC_CUES, type Cue } from './topicCues';
import { TOPIC_IDS, type TopicId } from './topics';

/** What to answer: one topic, a short clarifying question between 2–3 topics, or nothing (not a question for the knowledge base). */
export type TopicSelection =
  { kind: 'topic'; topicId: TopicId } | { kind: 'clarify'; choices: TopicId[] } | { kind: 'none' };

const MAX_CHOICES = 3;

/** Candidate topics per intent, the intent's default first (derived from TOPIC_CUES). */
export const INTENT_TOPICS: Partial<Record<IntentId, TopicId[]>> = (() => {
  const map: Partial<Record<IntentId, TopicId[]>> = {};
  for (const id of TOPIC_IDS) {
    for (const intent of TOPIC_CUES[id].intents) (map[intent] ??= []).push(id);
  }
  for (const [intent, topics] of Object.entries(map) as [IntentId, TopicId[]][]) {
    const fallback = INTENT_DEFAULT_TOPIC[intent];
    if (fallback) map[intent] = [fallback, ...topics.filter((id) => id !== fallback)];
  }
  return map;
})();

/** Intents whose default is a flow, not an answer: only a clear cue picks a topic for them. */
const FLOW_INTENTS: ReadonlySet<IntentId> = new Set(['fine_status']);

/**
 * Intents whose messages are questions for the knowledge base (the router starts the FAQ dialog for
 * them). `payment_arrangement` and `fine_status` also have topics, but start their flow unless
 * selectTopic finds a specific topic (see requestsFlow).
 */
export const KNOWLEDGE_INTENTS: readonly IntentId[] = (Object.keys(INTENT_TOPICS) as IntentId[]).filter(
  (intent) => intent !== 'payment_arrangement' && intent !== 'fine_status',
);

/** Topics per intent that are candidates only through their specific cues (TopicCues.specificIntents). */
const SPECIFIC_TOPICS: Partial<Record<IntentId, TopicId[]>> = (() => {
  const map: Partial<Record<IntentId, TopicId[]>> = {};
  for (const id of TOPIC_IDS) {
    for (const intent of TOPIC_CUES[id].specificIntents ?? []) (map[intent] ??= []).push(id);
  }
  return map;
})();

function cueScore(cue: Cue, normalized: string): number {
  if (Array.isArray(cue)) return cue.every((c) => c.test(normalized)) ? cue.length : 0;
  return cue.test(normalized) ? 1 : 0;
}

function topicScore(id: TopicId, normalized: string, specificOnly: boolean): number {
  const { cues, weight = 1 } = TOPIC_CUES[id];
  const counted = specificOnly ? cues.filter((cue) => Array.isArray(cue)) : cues;
  return weight * counted.reduce((sum, cue) => sum + cueScore(cue, normalized), 0);
}

/** A topic to score, and whether only its specific cues count for the intents at hand. */
interface Candidate {
  id: TopicId;
  specificOnly: boolean;
}

/** The candidates of these intents: their topics, then the topics they reach only through specific cues. */
function candidatesOf(intents: readonly IntentId[]): Candidate[] {
  const full = [...new Set(intents.flatMap((intent) => INTENT_TOPICS[intent] ?? []))];
  const specific = [...new Set(intents.flatMap((intent) => SPECIFIC_TOPICS[intent] ?? []))];
  return [
    ...full.map((id) => ({ id, specificOnly: false })),
    ...specific.filter((id) => !full.includes(id)).map((id) => ({ id, specificOnly: true })),
  ];
}

/** The candidates with the highest non-zero score (empty when no candidate has a cue). */
function best(candidates: readonly Candidate[], normalized: string): { top: TopicId[] } {
  let score = 0;
  let top: TopicId[] = [];
  for (const { id, specificOnly } of candidates) {
    const s = topicScore(id, normalized, specificOnly);
    if (s > score) {
      score = s;
      top = [id];
    } else if (s === score && s > 0) {
      top.push(id);
    }
  }
  return { top };
}

/** The one topic of these intents that the question's words point to, or undefined (no cue, or a tie). */
export function cueTopic(intents: IntentId | readonly IntentId[], text: string): TopicId | undefined {
  const list = typeof intents === 'string' ? [intents] : intents;
  const { top } = best(candidatesOf(list), normalizeQuestion(text));
  return top.length === 1 ? top[0] : undefined;
}

/**
 * Picks the knowledge-base topic for a question, from its intent and its words. The scam warning
 * wins over any intent. Among the intent's candidates the one with the most cues wins; a tie asks a
 * clarifying question; no cue at all gives the intent's default topic. Intents without topics
 * (`none`, small talk, flows) give `none` unless the question is about a scam message.
 */
export function selectTopic(intent: IntentId, text: string, entities: Entities = {}): TopicSelection {
  const normalized = normalizeQuestion(text);
  if (isScamQuestion(normalized))
    return { kind: 'topic', topicId: complainsAboutCjib(normalized) ? 'complaint' : 'scam' };

  const candidates = INTENT_TOPICS[intent];
  // An intent without topics of its own ("help") may still reach one through its specific cues
  // ("wat is het CJIB?"); without such a cue it stays `none`.
  if (!candidates && !SPECIFIC_TOPICS[intent]) return { kind: 'none' };

  const { top } = best(candidatesOf([intent]), normalized);
  if (top.length === 1) return { kind: 'topic', topicId: top[0] };
  if (top.length > 1) return { kind: 'clarify', choices: top.slice(0, MAX_CHOICES) };
  if (!candidates) return { kind: 'none' };
  if (intent === 'payment_arrangement' && entities.months !== undefined) {
    return { kind: 'topic', topicId: 'instalment_terms' };
  }
  if (FLOW_INTENTS.has(intent)) return { kind: 'none' };
  return { kind: 'topic', topicId: candidates[0] };
}
