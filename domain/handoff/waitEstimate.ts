import type { HandoffCase } from './handoffCase';

/**
 * "Hoe lang duurt het nog?": an honest figure from how long citizens lately waited until staff took
 * their chat (queued to claimed), not from how long those still in line have waited so far (the
 * supervisor's figure, which says nothing about when a turn comes). Undefined when too few citizens
 * were helped lately to say anything.
 */
const RECENT_MS = 2 * 60 * 60 * 1000;
const MIN_SAMPLES = 3;

export function typicalWaitMinutes(cases: readonly HandoffCase[], now: Date): number | undefined {
  const waits = cases
    .filter((c) => c.queuedAt && c.claimedAt && now.getTime() - c.claimedAt.getTime() <= RECENT_MS)
    .map((c) => c.claimedAt!.getTime() - c.queuedAt!.getTime())
    .filter((ms) => ms >= 0);
  if (waits.length < MIN_SAMPLES) return undefined;
  const mean = waits.reduce((a, b) => a + b, 0) / waits.length;
  return Math.max(1, Math.round(mean / 60000));
}
