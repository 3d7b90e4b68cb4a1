import type { Claim, ClaimAmounts, ClaimType } from '../claims/claim';
import { openAmount } from '../claims/claim';
import type { ExcludedClaim, ExclusionReason } from './assessArrangement';

/**
 * What the replies about a schedule say of one claim: its description, open amount and kind. Kept
 * in the conversation state (MongoDB) while the schedule is on the table, so no licence plate, no
 * full CJIB number, no dates: only what "which fines are in it?" needs.
 */
export interface ClaimLine {
  /** Per language, as the back office describes the claim. */
  description: Partial<Record<string, string>>;
  /** The CJIB number's last four digits, named when a claim has no description. */
  numberEnding: string;
  openCents: number;
  type: ClaimType;
  /** What the open amount is made of, for "why so much?" (absent in schedules kept before it was). */
  amounts?: ClaimAmounts;
}

/** A claim left out of the schedule, and why. */
export interface ClaimLeftOut {
  claim: ClaimLine;
  reason: ExclusionReason;
}

/** The claims in a schedule and those left out, as the replies name them. */
export interface ClaimLines {
  included: ClaimLine[];
  excluded: ClaimLeftOut[];
}

export function claimLine(claim: Claim): ClaimLine {
  return {
    description: { ...claim.description },
    numberEnding: claim.cjibNumber.slice(-4),
    openCents: openAmount(claim),
    type: claim.type,
    amounts: { ...claim.amounts },
  };
}

export const claimsLeftOut = (excluded: readonly ExcludedClaim[]): ClaimLeftOut[] =>
  excluded.map(({ claim, reason }) => ({ claim: claimLine(claim), reason }));

export function claimLines(included: readonly Claim[], excluded: readonly ExcludedClaim[]): ClaimLines {
  return { included: included.map(claimLine), excluded: claimsLeftOut(excluded) };
}
