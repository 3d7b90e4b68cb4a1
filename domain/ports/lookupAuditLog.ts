/**
 * The audit trail of fine lookups: who looked up what, when, and with which outcome. It is a
 * record for the CJIB, not a log: it lives in its own store, never in the application log, and
 * holds CJIB numbers masked (all but the last four digits).
 */

export type LookupOutcome =
  /** Number and postcode matched, or a valid signed-in token: claims were shown. */
  | 'found'
  /** No claim with this number. */
  | 'unknown_number'
  /** The claim exists but the postcode is not the one on file (answered as an unknown number). */
  | 'postcode_mismatch'
  /** Refused because of an active lock-out. */
  | 'locked'
  /** The failure that set a lock-out. */
  | 'locked_now'
  /** A signed-in token that was invalid, expired or named no known debtor. */
  | 'token_rejected'
  /** The back office could not answer. */
  | 'unavailable';

export interface LookupAuditEntry {
  /** ISO timestamp from the clock port. */
  at: string;
  channelId: string;
  conversationId: string;
  via: 'cjibNumber' | 'signin';
  outcome: LookupOutcome;
  /** Masked with maskCjibNumber; never the whole number. */
  cjibNumberMasked?: string;
  /** Set when the lookup identified a debtor. */
  debtorId?: string;
  /** Masked numbers of the claims shown. */
  claimsShown?: string[];
}

export interface LookupAuditLog {
  record(entry: LookupAuditEntry): Promise<void>;
  /** Entries of one conversation, oldest first (staff tooling and tests). */
  forConversation(channelId: string, conversationId: string): Promise<LookupAuditEntry[]>;
}
