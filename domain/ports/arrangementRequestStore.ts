import type { ArrangementReceipt, ArrangementSubmission } from './collectionSystem';

/**
 * pending: stored, not yet accepted by the back office; delivered: the back office has it;
 * failed-retrying: a delivery failed and is retried after a back-off; refused: the back office
 * refused it for good (it will never accept it as it is), so it is not retried but kept for staff
 * to follow up. Nothing is ever dropped.
 */
export type ArrangementRequestState = 'pending' | 'delivered' | 'failed-retrying' | 'refused';

/** What the dialog files: the submission for the back office, keyed by its idempotency key. */
export type ArrangementRequestDraft = Omit<ArrangementSubmission, 'reference'>;

/** One arrangement request in the outbox. */
export interface ArrangementRequest {
  idempotencyKey: string;
  /** The reference the citizen was given; the back office files the request under it. */
  reference: string;
  /** What is delivered; `contact` is emptied once the back office has it (data minimisation). */
  submission: ArrangementSubmission;
  state: ArrangementRequestState;
  createdAt: Date;
  /** Delivery attempts started so far. */
  attempts: number;
  /** When the next delivery attempt is due; while an attempt runs, when its lease expires. */
  nextAttemptAt: Date;
  /** Token of the attempt holding the lease; only it may record a failure. */
  leaseToken?: string;
  deliveredAt?: Date;
  receipt?: ArrangementReceipt;
  /** Name of the last delivery error (never its message: it may echo personal data). */
  lastError?: string;
}

export interface CreatedArrangementRequest {
  request: ArrangementRequest;
  /** False when a request with the same idempotency key was already stored: that one is returned. */
  created: boolean;
}

/**
 * The transactional outbox of arrangement requests. A request is stored (unique idempotency key,
 * unique reference) before the back office is called; the outbox worker delivers it. Adapters:
 * MongoDB and in memory, both held to the suite in test/contract/arrangementRequestStoreContract.ts.
 */
export interface ArrangementRequestStore {
  /** Stores the draft as pending with a new reference, or returns the request already stored under its key. */
  create(draft: ArrangementRequestDraft): Promise<CreatedArrangementRequest>;
  findByKey(idempotencyKey: string): Promise<ArrangementRequest | undefined>;
  /** Requests filed for any of these CJIB numbers, newest first (a later lookup tells of one awaiting its decision). */
  findForClaims?(cjibNumbers: string[]): Promise<ArrangementRequest[]>;
  /**
   * Leases the request that has waited longest among those due (pending or failed-retrying, next
   * attempt due): counts the attempt and moves the next attempt to the lease's end, so no other
   * worker takes it meanwhile and a worker that dies mid-way only delays it.
   */
  claimDue(leaseMs: number): Promise<ArrangementRequest | undefined>;
  /** Records the back office's receipt (whoever delivered it) and forgets the citizen's contact details. */
  markDelivered(idempotencyKey: string, receipt: ArrangementReceipt): Promise<void>;
  /** Records a failed attempt of the lease holder and when to try again; ignored for a lost lease. */
  markFailed(idempotencyKey: string, leaseToken: string, retryAt: Date, errorName: string): Promise<void>;
  /** Records that the back office refused the lease holder's request for good: never retried, kept for staff. */
  markRefused(idempotencyKey: string, leaseToken: string, errorName: string): Promise<void>;
  /** How many requests are in each state (for tests and metrics). */
  countByState(): Promise<Record<ArrangementRequestState, number>>;
}
