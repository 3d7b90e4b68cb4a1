/**
 * Office hours: when staff answer the chat. A schedule like "mon-fri 08:00-17:00; sat 10:00-14:00"
 * in a time zone, minus public holidays. Outside it the citizen is offered a callback instead of a queue.
 */

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface OfficeHours {
  /** Per weekday (0 = Sunday) the open intervals in minutes since midnight, [from, to). */
  week: [number, number][][];
  timeZone: string;
  /** ISO dates (YYYY-MM-DD, in the office's time zone) when the office is closed. */
  holidays: string[];
}

function minutes(hhmm: string): number | undefined {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!m) return undefined;
  const value = Number(m[1]) * 60 + Number(m[2]);
  return value <= 24 * 60 ? value : undefined;
}

/** Parses "mon-fri 08:00-17:00; sat 10:00-14:00"; throws with a readable message on a bad rule. */
export function parseOfficeSchedule(text: string): [number, number][][] {
  const week: [number, number][][] = DAYS.map(() => []);
  for (const rule of text
    .split(/[;,]/)
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean)) {
    const m = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(rule);
    const first = m ? DAYS.indexOf(m[1] as (typeof DAYS)[number]) : -1;
    const last = m?.[2] ? DAYS.indexOf(m[2] as (typeof DAYS)[number]) : first;
    const from = m ? minutes(m[3]) : undefined;
    const to = m ? minutes(m[4]) : undefined;
    if (!m || first < 0 || last < 0 || from === undefined || to === undefined || from >= to) {
      throw new Error(`invalid office hours rule "${rule}" (expected e.g. "mon-fri 08:00-17:00")`);
    }
    for (let day = first; ; day = (day + 1) % 7) {
      week[day].push([from, to]);
      if (day === last) break;
    }
  }
  return week;
}

/** Whether the time zone is one the runtime knows (e.g. Europe/Amsterdam). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Building an Intl formatter costs far more than using one, so there is one per time zone. */
const localFormatters = new Map<string, Intl.DateTimeFormat>();

function localFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = localFormatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    localFormatters.set(timeZone, found);
  }
  return found;
}

/** Weekday, ISO date and minutes since midnight of `at` in the time zone. */
export function localTime(at: Date, timeZone: string): { day: number; date: string; minute: number } {
  const parts = Object.fromEntries(
    localFormatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: DAYS.indexOf(parts.weekday.toLowerCase().slice(0, 3) as (typeof DAYS)[number]),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

export function isWithinOfficeHours(at: Date, hours: OfficeHours): boolean {
  const local = localTime(at, hours.timeZone);
  if (hours.holidays.includes(local.date)) return false;
  return (hours.week[local.day] ?? []).some(([from, to]) => local.minute >= from && local.minute < to);
}
