import type { OfficeHours } from './officeHours';

/** Days in a row (Monday first) on which staff are there at the same times. */
export interface WeekSpan {
  /** First and last weekday of the span (0 = Sunday). */
  first: number;
  last: number;
  /** The open intervals of each of its days, in minutes since midnight. */
  open: [number, number][];
}

/** Monday to Sunday: the order in which citizens read a week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

const same = (a: [number, number][], b: [number, number][]): boolean =>
  a.length === b.length && a.every(([from, to], i) => from === b[i][0] && to === b[i][1]);

/**
 * The configured office week as spans of days with the same hours ("mon-fri 08:00-17:00; sat
 * 10:00-14:00" → Monday to Friday, Saturday), so the contact answer says the hours that hold. Closed
 * days are left out and break a span.
 */
export function weekSpans(week: OfficeHours['week']): WeekSpan[] {
  const spans: WeekSpan[] = [];
  let current: WeekSpan | undefined;
  for (const day of WEEK_ORDER) {
    const open = week[day] ?? [];
    if (open.length === 0) {
      current = undefined;
      continue;
    }
    if (current && same(current.open, open)) current.last = day;
    else spans.push((current = { first: day, last: day, open }));
  }
  return spans;
}
