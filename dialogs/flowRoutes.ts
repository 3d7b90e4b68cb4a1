import type { IntentId } from '../domain/language/intents';

/** What a child dialog may hand back: a message it did not consume, or an interruption to act on. */
export interface FlowResult {
  /** The current message was not an answer to the child's question: route it afresh. */
  reroute?: boolean;
  /** The citizen asked for a person mid-flow. */
  handoff?: boolean;
  /** With `handoff`: the flow the citizen was in, started again (what was given kept) if they decline the person after all. */
  resume?: IntentId;
  /** The citizen picked a follow-up that starts a flow (e.g. "look up my fine" after an answer). */
  next?: IntentId;
}

/** Intents that start a flow dialog, registered by the feature that owns the dialog. */
export type IntentRoutes = Partial<Record<IntentId, string>>;
