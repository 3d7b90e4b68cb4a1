/**
 * Lock-out of fine lookups (DESIGN.md, Fine lookup): failed attempts are counted per conversation
 * and per CJIB number; at the limit both are locked for a while. Implementations keep no CJIB
 * number in readable form (they store a hash of each key).
 */

/** What a lock counts against: the conversation ("channel/conversation id") or a CJIB number. */
export type LockKey = { kind: 'conversation'; id: string } | { kind: 'cjibNumber'; id: string };

export interface LookupLockPolicy {
  /** Failed attempts that lock (DESIGN.md: five). */
  maxFailures: number;
  /** How long a lock lasts, and how long a failure is remembered (DESIGN.md: 15 minutes). */
  lockMs: number;
}

export const DEFAULT_LOOKUP_LOCK_POLICY: LookupLockPolicy = { maxFailures: 5, lockMs: 15 * 60 * 1000 };

export interface FailureOutcome {
  /** Failures counted so far on the key with most of them, this one included. */
  failures: number;
  /** Set when this failure (or an earlier one) locked the keys. */
  lockedUntil?: Date;
}

export interface LookupLockStore {
  /** The latest moment until which any of the keys is locked, or undefined when none is. */
  lockedUntil(keys: LockKey[], now: Date): Promise<Date | undefined>;
  /** Counts one failed attempt against every key; at the policy's limit, locks every key. */
  registerFailure(keys: LockKey[], now: Date): Promise<FailureOutcome>;
  /** Forgets the failures of these keys (after a successful lookup). Locks stay. */
  clearFailures(keys: LockKey[]): Promise<void>;
}
