import { openAmount, type Claim, type ClaimStage, type ExistingArrangement } from '../claims/claim';
import { DEFAULT_ARRANGEMENT_POLICY, termMonths, type ArrangementPolicy } from './arrangementPolicy';
import { addMonths, firstOfMonthAfter } from './calendarDate';
import { instalmentSchedule, type InstalmentSchedule } from './instalmentSchedule';

/** Why a claim is left out of a new arrangement; each has its own explanation for the citizen. */
export type ExclusionReason =
  Extract<ClaimStage, 'appeal_pending' | 'bailiff' | 'paid' | 'in_arrangement'> | 'excluded_stage';

/** Why no standard arrangement can be offered. */
export type RefusalReason = 'no_eligible_claims' | 'broken_arrangement' | 'below_minimum';

export interface ExcludedClaim {
  claim: Claim;
  reason: ExclusionReason;
}

export interface ArrangementAssessment {
  /** Claims a new arrangement would cover. */
  included: Claim[];
  excluded: ExcludedClaim[];
  /** Arrangements already running (from claims in stage `in_arrangement`), to show instead. */
  existing: (ExistingArrangement & { cjibNumbers: string[] })[];
  /** Fines plus increases still open on the included claims: what the EUR 75 minimum is checked on. */
  minimumBaseCents: number;
  /** What the term table is applied to and the schedule splits: the open amount of the included claims. */
  totalCents: number;
  /** ISO date of the debtor's last broken arrangement, if any: said when "why not?" is asked. */
  brokenArrangementOn?: string;
  decision:
    | { eligible: true; months: number; schedule: InstalmentSchedule }
    | { eligible: false; reason: RefusalReason };
}

export interface AssessmentInput {
  claims: Claim[];
  /** ISO date of the debtor's last broken arrangement, if any. */
  brokenArrangementOn?: string;
  /** Today's calendar date (ISO), in the policy's time zone. */
  today: string;
}

const KNOWN_REASONS: readonly string[] = ['appeal_pending', 'bailiff', 'paid', 'in_arrangement'];

function exclusionReason(claim: Claim, policy: ArrangementPolicy): ExclusionReason | undefined {
  if (policy.excludedStages.includes(claim.stage)) {
    return KNOWN_REASONS.includes(claim.stage) ? (claim.stage as ExclusionReason) : 'excluded_stage';
  }
  if (openAmount(claim) === 0) return 'paid';
  return undefined;
}

/** Fines plus increases still open: administration costs never count towards the minimum. */
function minimumBase(claim: Claim): number {
  const { fine, increase } = claim.amounts;
  return Math.min(fine + increase, openAmount(claim));
}

/** Applies the standard-arrangement rules of DOMAIN.md §1 to a debtor's open claims. Pure. */
export function assessArrangement(
  input: AssessmentInput,
  policy: ArrangementPolicy = DEFAULT_ARRANGEMENT_POLICY,
): ArrangementAssessment {
  const included: Claim[] = [];
  const excluded: ExcludedClaim[] = [];
  const existingByReference = new Map<string, ExistingArrangement & { cjibNumbers: string[] }>();
  for (const claim of input.claims) {
    if (claim.arrangement && claim.stage === 'in_arrangement') {
      const known = existingByReference.get(claim.arrangement.reference);
      if (known) known.cjibNumbers.push(claim.cjibNumber);
      else
        existingByReference.set(claim.arrangement.reference, {
          ...claim.arrangement,
          cjibNumbers: [claim.cjibNumber],
        });
    }
    const reason = exclusionReason(claim, policy);
    if (reason) excluded.push({ claim, reason });
    else included.push(claim);
  }
  const minimumBaseCents = included.reduce((sum, c) => sum + minimumBase(c), 0);
  const totalCents = included.reduce(
    (sum, c) =>
      sum +
      (policy.tableIncludesAdminCosts ? openAmount(c) : Math.max(0, openAmount(c) - c.amounts.adminCosts)),
    0,
  );
  const base = {
    included,
    excluded,
    existing: [...existingByReference.values()],
    minimumBaseCents,
    totalCents,
    ...(input.brokenArrangementOn ? { brokenArrangementOn: input.brokenArrangementOn } : {}),
  };

  if (included.length === 0) return { ...base, decision: { eligible: false, reason: 'no_eligible_claims' } };
  if (brokeRecently(input.brokenArrangementOn, input.today, policy)) {
    return { ...base, decision: { eligible: false, reason: 'broken_arrangement' } };
  }
  if (minimumBaseCents < policy.minimumCents)
    return { ...base, decision: { eligible: false, reason: 'below_minimum' } };
  const months = termMonths(totalCents, policy);
  const firstDue = firstOfMonthAfter(input.today, policy.firstInstalmentMonthsAhead);
  return {
    ...base,
    decision: { eligible: true, months, schedule: instalmentSchedule(totalCents, months, firstDue) },
  };
}

/** A broken arrangement on or after the day `lookBack` months ago refuses a standard arrangement. */
export function brokeRecently(
  brokenOn: string | undefined,
  today: string,
  policy: ArrangementPolicy = DEFAULT_ARRANGEMENT_POLICY,
): boolean {
  if (!brokenOn) return false;
  return brokenOn >= addMonths(today, -policy.brokenArrangementLookBackMonths);
}

/** The first day a broken arrangement no longer refuses a standard one (the day after the look-back ends). */
export function standardAgainFrom(
  brokenOn: string,
  policy: ArrangementPolicy = DEFAULT_ARRANGEMENT_POLICY,
): string {
  const end = new Date(`${addMonths(brokenOn, policy.brokenArrangementLookBackMonths)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}
