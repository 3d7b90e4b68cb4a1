import type { ArrangementPolicy } from '../domain/arrangement/arrangementPolicy';
import type { HandoffServices } from '../domain/handoff/handoffServices';
import type { ArrangementRequestStore } from '../domain/ports/arrangementRequestStore';
import type { AssistantMetrics } from '../domain/ports/assistantMetrics';
import type { Clock } from '../domain/ports/clock';
import type { CollectionSystem } from '../domain/ports/collectionSystem';
import type { FeedbackStore } from '../domain/ports/feedbackStore';
import type { Localizer } from '../domain/ports/localizer';
import type { LookupAuditLog } from '../domain/ports/lookupAuditLog';
import type { LookupLockStore } from '../domain/ports/lookupLockStore';
import type { Recognizer } from '../domain/ports/recognizer';
import type { ReplyRenderer } from '../domain/ports/replyRenderer';
import type { SigninTokenVerifier } from '../domain/ports/signinTokenVerifier';
import type { StateAccessors } from './conversationData';

/**
 * The ports the dialogs work with. bot/ builds one of these (real adapters) and passes it to
 * MainDialog; dialog tests build one with in-memory adapters. Features add their ports here.
 */
export interface DialogDeps {
  recognizer: Recognizer;
  localizer: Localizer;
  renderer: ReplyRenderer;
  clock: Clock;
  state: StateAccessors;
  /** Below this score the assistant offers the top two interpretations instead of guessing. */
  confidenceThreshold: number;
  /** Where "did this help?" ratings go (topic id only); without it the FAQ dialog does not ask. */
  feedback?: FeedbackStore;
  /** Operational counts for /metrics (intents, fallbacks, outcomes, CSAT); absent in most dialog tests. */
  metrics?: AssistantMetrics;
  /** Queue, transcript, callbacks and office hours for handing over to staff; absent in most dialog tests. */
  handoff?: HandoffServices;
  /** Payment arrangements: the policy (DOMAIN.md §1) and the outbox requests are filed into. */
  arrangements?: { policy: ArrangementPolicy; requests: ArrangementRequestStore };
  /** The back office (embedded demo or HTTP); without it lookups answer "not available now". */
  collection?: CollectionSystem;
  /** Lock-outs after failed lookups (conversation and CJIB number). */
  lookupLocks?: LookupLockStore;
  /** The audit trail of lookups (never the application log). */
  audit?: LookupAuditLog;
  /** The website's signed-in tokens; absent = no signed-in path. */
  signinTokens?: SigninTokenVerifier;
}
