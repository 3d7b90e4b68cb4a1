import type { ClaimStage } from '../claims/claim';

/** One row of the standard term table: from this amount (inclusive) on, this many months. */
export interface TermBand {
  fromCents: number;
  months: number;
}

/**
 * Every rule of the standard payment arrangement that CJIB policy (or its absence) decides
 * (DOMAIN.md §1 and its "Product policy" table). One object, so an operator corrects a value in
 * one place and the tests pin each default.
 */
export interface ArrangementPolicy {
  /** Fines plus increases (administration costs excluded) must be at least this (§1.2). */
  minimumCents: number;
  /** The term table of §1.3, by ascending lower bound; applied to the total outstanding. */
  termTable: TermBand[];
  /** Whether the table is applied to the total with administration costs (product default: yes). */
  tableIncludesAdminCosts: boolean;
  /** Stages whose claims are left out of a new arrangement, each said to the citizen with its reason. */
  excludedStages: ClaimStage[];
  /** A broken arrangement this many months back (or less) refuses a standard arrangement (§1.6). */
  brokenArrangementLookBackMonths: number;
  /** The first instalment is due on the 1st of the month this many months after today (2 = month after next). */
  firstInstalmentMonthsAhead: number;
  /** The calendar "today" is taken in this time zone. */
  timeZone: string;
}

export const DEFAULT_ARRANGEMENT_POLICY: ArrangementPolicy = {
  minimumCents: 7500,
  termTable: [
    { fromCents: 0, months: 3 },
    { fromCents: 12000, months: 6 },
    { fromCents: 30000, months: 9 },
    { fromCents: 45000, months: 12 },
    { fromCents: 125000, months: 18 },
    { fromCents: 200000, months: 24 },
    { fromCents: 300000, months: 30 },
    { fromCents: 400000, months: 36 },
  ],
  tableIncludesAdminCosts: true,
  excludedStages: ['appeal_pending', 'bailiff', 'paid', 'in_arrangement'],
  brokenArrangementLookBackMonths: 6,
  firstInstalmentMonthsAhead: 2,
  timeZone: 'Europe/Amsterdam',
};

/** Months for an outstanding amount: the band with the highest lower bound not above it (lower bound inclusive). */
export function termMonths(
  totalCents: number,
  policy: ArrangementPolicy = DEFAULT_ARRANGEMENT_POLICY,
): number {
  let months = policy.termTable[0]?.months ?? 1;
  for (const band of policy.termTable) {
    if (totalCents >= band.fromCents) months = band.months;
  }
  return months;
}
