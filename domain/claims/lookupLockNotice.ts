/**
 * When a locked lookup may be tried again, as a citizen reads it: the clock time in Dutch time
 * (rounded up to the minute, so it is never too early) and the minutes until then.
 */
import { intlLocale, plainSpaces } from '../language/intlLocale';
import type { Locale } from '../language/locale';

const TIME_ZONE = 'Europe/Amsterdam';
const formatters = new Map<Locale, Intl.DateTimeFormat>();

export interface LockReopening {
  /** "10:45" in the Netherlands. */
  time: string;
  /** Whole minutes from now, at least 1. */
  minutes: number;
}

export function lockReopening(until: Date, now: Date, locale: Locale): LockReopening {
  const minuteMs = 60_000;
  const reopens = new Date(Math.ceil(until.getTime() / minuteMs) * minuteMs);
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / minuteMs));
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale(locale), {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: TIME_ZONE,
    });
    formatters.set(locale, formatter);
  }
  return { time: plainSpaces(formatter.format(reopens)), minutes };
}
