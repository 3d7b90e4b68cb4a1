/**
 * Calendar dates as ISO strings (yyyy-mm-dd): due dates and look-back windows are about days in
 * the Netherlands, not instants, so they are computed on dates and never on Date arithmetic.
 */

/** Building an Intl formatter costs far more than using one, so there is one per time zone. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = dayFormatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, found);
  }
  return found;
}

/**
 * The last date worked out per time zone, with the second it was for. Time zone offsets are whole
 * seconds, so a date never changes within one second: every turn in that second gets it without
 * formatting again.
 */
const lastDates = new Map<string, { second: number; date: string }>();

/** The calendar date of an instant in a time zone, e.g. 2026-11-22T23:30Z → "2026-11-23" in Amsterdam. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastDates.get(timeZone);
  if (last?.second === second) return last.date;
  const parts = dayFormatter(timeZone).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  // An invalid date (NaN) is not kept: it throws above, as before.
  lastDates.set(timeZone, { second, date });
  return date;
}

function split(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` months later (or earlier, when negative), clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = split(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The first day of the month `months` months after the month of `iso` (0 = this month's 1st). */
export function firstOfMonthAfter(iso: string, months: number): string {
  const [year, month] = split(iso);
  return addMonths(format(year, month, 1), months);
}
