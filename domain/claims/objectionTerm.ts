import type { Claim } from './claim';

/**
 * An appeal against a traffic fine goes to the officier van justitie within 6 weeks of the date of
 * the CJIB letter (DOMAIN.md §4); the record's issue date is that letter's date. Reminders do not
 * start a new term, so a fine with a bailiff or in an arrangement since months is long past it.
 * A punitive order's verzet runs 14 days from learning of it (§4), a date the record does not hold:
 * the 6 weeks from its letter bound that too, so it is never ruled out too early.
 */
export const OBJECTION_TERM_DAYS = 42;

/** The last day (ISO) an appeal against this claim is in time. */
export function objectionDeadline(claim: Pick<Claim, 'issueDate'>): string {
  const [year, month, day] = claim.issueDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day! + OBJECTION_TERM_DAYS));
  return date.toISOString().slice(0, 10);
}

/** Whether an appeal can still be made in time: not already under appeal, and the term still runs today. */
export function objectionStillPossible(claim: Pick<Claim, 'issueDate' | 'stage'>, today: string): boolean {
  if (claim.stage === 'appeal_pending') return false;
  return today <= objectionDeadline(claim);
}
