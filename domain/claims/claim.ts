/** Stages a claim goes through in the back office (DOMAIN.md §2.3, §2.5). */
export const CLAIM_STAGES = [
  'open',
  'first_reminder',
  'second_reminder',
  'bank_debit',
  'bailiff',
  'appeal_pending',
  'in_arrangement',
  'paid',
] as const;
export type ClaimStage = (typeof CLAIM_STAGES)[number];

/** Kinds of sanction the CJIB collects; the letter code is printed on the citizen's letter. */
export type ClaimType = 'wahv' | 'strafbeschikking' | 'schadevergoedingsmaatregel' | 'europese_boete' | 'other';

/** Amounts in euro cents; money is never a floating-point number of euros. */
export interface ClaimAmounts {
  fine: number;
  increase: number;
  adminCosts: number;
  paid: number;
}

export interface ExistingArrangement {
  reference: string;
  months: number;
  monthlyAmount: number;
  /** ISO date (yyyy-mm-dd) of the first instalment. */
  startDate: string;
  instalmentsPaid: number;
}

export interface Claim {
  cjibNumber: string;
  debtorId: string;
  type: ClaimType;
  letterCode: string;
  /** Per language; at least `nl` and `en`. */
  description: Partial<Record<string, string>>;
  licencePlate?: string;
  /** ISO dates (yyyy-mm-dd). */
  offenceDate: string;
  issueDate: string;
  dueDate: string;
  stage: ClaimStage;
  amounts: ClaimAmounts;
  arrangement?: ExistingArrangement;
}

export interface Debtor {
  id: string;
  name: string;
  postcode: string;
  houseNumber?: string;
  dateOfBirth?: string;
  language?: string;
  country?: string;
  /** ISO date of the last arrangement the debtor did not keep to. */
  brokenArrangementOn?: string;
}

/** What is still to be paid on a claim: fine + increase + administration costs − paid, never negative. */
export function openAmount(claim: Pick<Claim, 'amounts'>): number {
  const { fine, increase, adminCosts, paid } = claim.amounts;
  return Math.max(0, fine + increase + adminCosts - paid);
}
