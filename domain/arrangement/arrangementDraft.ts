import type { Claim } from '../claims/claim';
import type { ArrangementSubmission } from '../ports/collectionSystem';
import type { InstalmentSchedule } from './instalmentSchedule';
import { arrangementIdempotencyKey } from './requestIdentity';

/** The request as proposed to the citizen: everything but the contact, language and reference, asked later. */
export type ArrangementDraft = Omit<ArrangementSubmission, 'reference' | 'contact' | 'language'>;

/**
 * The request for a proposed schedule over the included claims, keyed by what is requested (so the
 * same request asked again finds the one already stored).
 */
export function arrangementDraft(
  debtorId: string,
  included: readonly Claim[],
  schedule: InstalmentSchedule,
): ArrangementDraft {
  const cjibNumbers = included.map((c) => c.cjibNumber);
  const idempotencyKey = arrangementIdempotencyKey({
    debtorId,
    cjibNumbers,
    totalCents: schedule.totalCents,
    months: schedule.months,
    firstDueDate: schedule.firstDueDate,
  });
  return {
    idempotencyKey,
    debtorId,
    cjibNumbers,
    months: schedule.months,
    totalAmount: schedule.totalCents,
    monthlyAmount: schedule.monthlyCents,
    firstDueDate: schedule.firstDueDate,
  };
}
