import type { IntentId } from './intents';

/** Intents that never interrupt a flow: they are (part of) the flows themselves or harmless small talk. */
export const NOT_INTERRUPTING: ReadonlySet<IntentId> = new Set([
  'none',
  'greeting',
  'thanks',
  'goodbye',
  'fine_status',
  'payment_arrangement',
  'change_language',
]);

/** Interruptions need more certainty than routing a fresh message: a flow is under way. */
export const INTERRUPTION_THRESHOLD = 0.6;
