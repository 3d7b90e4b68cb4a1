import { localTime, type OfficeHours } from './officeHours';

/**
 * When staff are there again, from the office hours (holidays skipped): "Wij zijn er weer maandag
 * vanaf 8.00 uur". Days ahead count in the office's time zone; the time is the office's local time.
 */
export interface NextOpening {
  /** 0 = later today, 1 = tomorrow, more = the weekday in `weekday`. */
  daysAhead: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes since midnight, office time. */
  minute: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Two weeks covers every schedule with at least one open day and the Christmas holidays. */
const LOOK_AHEAD_DAYS = 14;

export function nextOpening(at: Date, hours: OfficeHours): NextOpening | undefined {
  const now = localTime(at, hours.timeZone);
  // Counted from today's local noon, so a daylight-saving change never skips or repeats a date.
  const noon = at.getTime() + (12 * 60 - now.minute) * 60 * 1000;
  for (let ahead = 0; ahead <= LOOK_AHEAD_DAYS; ahead++) {
    const day = ahead === 0 ? now : localTime(new Date(noon + ahead * DAY_MS), hours.timeZone);
    if (hours.holidays.includes(day.date)) continue;
    const starts = (hours.week[day.day] ?? [])
      .filter(([from, to]) => ahead > 0 || (from > now.minute && to > now.minute))
      .map(([from]) => from)
      .sort((a, b) => a - b);
    if (starts.length) return { daysAhead: ahead, weekday: day.day, minute: starts[0] };
  }
  return undefined;
}
