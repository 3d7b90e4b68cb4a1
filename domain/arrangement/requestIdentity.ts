import { createHash, randomInt } from 'node:crypto';

/** What makes two arrangement requests the same request. */
export interface RequestIdentity {
  debtorId: string;
  cjibNumbers: string[];
  totalCents: number;
  months: number;
  firstDueDate: string;
}

/**
 * The idempotency key of a request: derived from what is requested, so a double confirmation, a
 * retried turn or the same request asked again this month all map to one key (and one stored
 * request), while a request for other claims, another amount or a later month gets a new key.
 */
export function arrangementIdempotencyKey(identity: RequestIdentity): string {
  const canonical = JSON.stringify([
    identity.debtorId,
    [...identity.cjibNumbers].sort(),
    identity.totalCents,
    identity.months,
    identity.firstDueDate,
  ]);
  return `arr-${createHash('sha256').update(canonical).digest('hex').slice(0, 40)}`;
}

/** The pattern of the references the assistant gives citizens: "BR-2026-48213977". */
export const ARRANGEMENT_REFERENCE = /^BR-\d{4}-\d{8}$/;

/**
 * A new citizen-facing reference: the year and 8 random digits (digits only, so it can be read out
 * and typed on a phone keypad). Uniqueness is enforced by the store's unique index, which asks for
 * another one on the rare collision.
 */
export function newArrangementReference(year: number, random: (max: number) => number = randomInt): string {
  return `BR-${year}-${String(random(100_000_000)).padStart(8, '0')}`;
}
