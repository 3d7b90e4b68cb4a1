import type { Entities } from '../language/entities';
import type { IntentId } from '../language/intents';
import { normalizeText } from './normalizeText';
import { isScamQuestion, TOPIC_CUES, type Cue } from './topicCues';
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
  return map;
})();

/** Intents whose default is a flow, not an answer: only a clear cue picks a topic for them. */
const FLOW_INTENTS: ReadonlySet<IntentId> = new Set(['fine_status', 'human_agent']);

function cueScore(cue: Cue, normalized: string): number {
  if (Array.isArray(cue)) return cue.every((c) => c.test(normalized)) ? 2 : 0;
  return cue.test(normalized) ? 1 : 0;
}

function topicScore(id: TopicId, normalized: string): number {
  return TOPIC_CUES[id].cues.reduce((sum, cue) => sum + cueScore(cue, normalized), 0);
}

/** The candidates with the highest non-zero score (empty when no candidate has a cue). */
function best(candidates: readonly TopicId[], normalized: string): { top: TopicId[] } {
  let score = 0;
  let top: TopicId[] = [];
  for (const id of candidates) {
    const s = topicScore(id, normalized);
    if (s > score) {
      score = s;
      top = [id];
    } else if (s === score && s > 0) {
      top.push(id);
    }
  }
  return { top };
}

/**
 * Picks the knowledge-base topic for a question, from its intent and its words. The scam warning
 * wins over any intent. Among the intent's candidates the one with the most cues wins; a tie asks a
 * clarifying question; no cue at all gives the intent's default topic. For `none` a topic is chosen
 * only when exactly one topic of the whole knowledge base has a cue in the question.
 */
export function selectTopic(intent: IntentId, text: string, entities: Entities = {}): TopicSelection {
  const normalized = normalizeText(text);
  if (isScamQuestion(normalized)) return { kind: 'topic', topicId: 'scam' };

  if (intent === 'none') {
    const { top } = best(TOPIC_IDS, normalized);
    return top.length === 1 ? { kind: 'topic', topicId: top[0] } : { kind: 'none' };
  }

  const candidates = INTENT_TOPICS[intent];
  if (!candidates) return { kind: 'none' };

  const { top } = best(candidates, normalized);
  if (top.length === 1) return { kind: 'topic', topicId: top[0] };
  if (top.length > 1) return { kind: 'clarify', choices: top.slice(0, MAX_CHOICES) };
  if (intent === 'payment_arrangement' && entities.months !== undefined) {
    return { kind: 'topic', topicId: 'instalment_terms' };
  }
  if (FLOW_INTENTS.has(intent)) return { kind: 'none' };
  return { kind: 'topic', topicId: candidates[0] };
}
