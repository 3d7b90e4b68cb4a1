/**
 * Load shapes and statistics for `npm run bench`. Closed loop: N citizens, each sends its next turn
 * as soon as the last reply came (the throughput). Open loop: turns start on a fixed schedule
 * whatever the server does, and latency counts from the scheduled start, so a slow server cannot
 * hide its queue (no coordinated omission).
 */
import type { Citizen, TurnResult } from './benchCitizens';

export interface LoadResult {
  turns: number;
  errors: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** A reply that is an apology or a rate-limit notice counts as an error, as does any non-200. */
export type ErrorCheck = (result: TurnResult) => boolean;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function summarise(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    turns: latencies.length,
    errors,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

export async function closedLoop(
  citizens: Citizen[],
  seconds: number,
  isError: ErrorCheck,
  warmupSeconds = 2,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  const end = warmupEnd + seconds * 1000;
  let measuredFrom = 0;
  await Promise.all(
    citizens.map(async (citizen) => {
      while (performance.now() < end) {
        const start = performance.now();
        const result = await citizen.nextTurn();
        const done = performance.now();
        if (start < warmupEnd) continue;
        if (!measuredFrom) measuredFrom = start;
        latencies.push(done - start);
        if (isError(result)) errors++;
      }
    }),
  );
  return summarise(latencies, errors, (performance.now() - (measuredFrom || warmupEnd)) / 1000);
}

/** `rate` turns a second in total, spread evenly over the citizens (one turn in flight per citizen). */
export async function openLoop(
  citizens: Citizen[],
  rate: number,
  seconds: number,
  isError: ErrorCheck,
  warmupSeconds = 2,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const interval = 1000 / rate;
  const perCitizen = interval * citizens.length;
  const t0 = performance.now() + 50;
  const warmupEnd = t0 + warmupSeconds * 1000;
  const end = warmupEnd + seconds * 1000;
  await Promise.all(
    citizens.map(async (citizen, i) => {
      // Behind schedule past the end: stop rather than drain an unbounded queue.
      for (
        let scheduled = t0 + i * interval;
        scheduled < end && performance.now() < end + 5000;
        scheduled += perCitizen
      ) {
        const wait = scheduled - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const result = await citizen.nextTurn();
        const done = performance.now();
        if (scheduled < warmupEnd) continue;
        latencies.push(done - scheduled);
        if (isError(result)) errors++;
      }
    }),
  );
  return summarise(latencies, errors, seconds);
}
