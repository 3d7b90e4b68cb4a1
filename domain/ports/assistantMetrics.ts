import type { IntentId } from '../language/intents';

/** How a conversation ended, for the service's dashboards. */
export type ConversationOutcome = 'resolved' | 'escalated' | 'abandoned';

/**
 * What the dialogs report for operations (Prometheus at /metrics). Counts only: never anything about
 * the citizen. Optional in DialogDeps, so dialog tests need not provide it.
 */
export interface AssistantMetrics {
  /** The router acted on this intent. */
  intent(intent: IntentId): void;
  /** The assistant did not understand a message. */
  fallback(): void;
  /** Handoffs (escalated) are counted from the `handoff.initiate` event the bot sends; report the others. */
  outcome(outcome: ConversationOutcome): void;
  /** A satisfaction rating on a 1–5 scale (a thumbs up counts as 5, a thumbs down as 1). */
  csat(score: number): void;
}

export const noopMetrics: AssistantMetrics = { intent() {}, fallback() {}, outcome() {}, csat() {} };
