import type { Claim, ExistingArrangement } from './claim';

/** Instalments still to pay in a running arrangement (months − paid, never negative). */
export function instalmentsLeft(arrangement: ExistingArrangement): number {
  return Math.max(0, arrangement.months - arrangement.instalmentsPaid);
}

/** A running arrangement with the claims paid through it (one arrangement may cover several). */
export interface RunningArrangement {
  arrangement: ExistingArrangement;
  claims: Claim[];
}

/** The running arrangements among the claims, one entry per arrangement reference. */
export function runningArrangements(claims: readonly Claim[]): RunningArrangement[] {
  const byReference = new Map<string, RunningArrangement>();
  for (const claim of claims) {
    if (claim.stage !== 'in_arrangement' || !claim.arrangement) continue;
    const entry = byReference.get(claim.arrangement.reference);
    if (entry) entry.claims.push(claim);
    else byReference.set(claim.arrangement.reference, { arrangement: claim.arrangement, claims: [claim] });
  }
  return [...byReference.values()];
}
