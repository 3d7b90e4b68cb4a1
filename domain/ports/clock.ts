/** Time source, so rules about due dates, office hours and lock-outs are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
