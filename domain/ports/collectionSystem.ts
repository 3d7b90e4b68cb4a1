import type { Claim, Debtor, ExistingArrangement } from '../claims/claim';

/** A request for a standard payment arrangement, as filed with the back office. */
export interface ArrangementSubmission {
  /** Unique per citizen request; the back office files a request at most once per key. */
  idempotencyKey: string;
  /** The reference the assistant already gave the citizen; the back office files the request under it. */
  reference: string;
  debtorId: string;
  cjibNumbers: string[];
  months: number;
  /** Total in cents and the schedule's monthly amount (the last instalment may differ). */
  totalAmount: number;
  monthlyAmount: number;
  /** ISO date of the first instalment. */
  firstDueDate: string;
  contact: { email?: string; phone?: string };
  language: string;
}

export type ArrangementRequestStatus = 'received' | 'in_review' | 'granted' | 'refused';

export interface ArrangementReceipt {
  reference: string;
  status: ArrangementRequestStatus;
}

export interface DebtorArrangementStatus {
  /** Arrangements that are running for this debtor. */
  active: (ExistingArrangement & { cjibNumbers: string[] })[];
  brokenArrangementOn?: string;
}

/**
 * The back-office collection system, as the assistant needs it. Implementations: the embedded demo
 * back office (MongoDB) and the HTTP adapter. Errors: NotFoundError, CollectionUnavailableError.
 */
export interface CollectionSystem {
  /** The claim with this CJIB number, or undefined. */
  findClaim(cjibNumber: string): Promise<Claim | undefined>;
  findDebtor(debtorId: string): Promise<Debtor | undefined>;
  /** Every claim of the debtor that is not paid (any stage but `paid`). */
  listOpenClaims(debtorId: string): Promise<Claim[]>;
  getArrangementStatus(debtorId: string): Promise<DebtorArrangementStatus>;
  /** Files a request; the same idempotency key always gives the same receipt and one request. */
  submitArrangement(request: ArrangementSubmission): Promise<ArrangementReceipt>;
  getRequestStatus(reference: string): Promise<ArrangementReceipt | undefined>;
}
