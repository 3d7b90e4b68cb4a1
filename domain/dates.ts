/** Calendar dates for citizens. Dates are ISO strings (yyyy-mm-dd), days in Dutch time. */
import { intlLocale, plainSpaces } from './language/intlLocale';
import type { Locale } from './language/locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== iso) throw new RangeError(`not an ISO date: ${iso}`);
  return date;
}

const STYLES = {
  written: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  spoken: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Building an Intl formatter costs far more than using one, so there is one per locale and style. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const minuteFormatters = new Map<Locale, Intl.NumberFormat>();

function format(iso: string, locale: Locale, style: keyof typeof STYLES): string {
  const key = `${locale}:${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale(locale), STYLES[style]);
    dateFormatters.set(key, formatter);
  }
  return plainSpaces(formatter.format(parse(iso)));
}

/** nl "15 december 2026", en "15 December 2026", de "15. Dezember 2026", pl "15 grudnia 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return format(iso, locale, 'written');
}

/** For a voice: the weekday and the month as words, "dinsdag 15 december 2026". */
export function speakDate(iso: string, locale: Locale): string {
  return format(iso, locale, 'spoken');
}

/** A number of minutes in words, with the language's plural: "1 minuut", "15 minuten", "15 minut". */
export function formatMinutes(minutes: number, locale: Locale): string {
  let formatter = minuteFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale(locale), {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
    });
    minuteFormatters.set(locale, formatter);
  }
  return plainSpaces(formatter.format(minutes));
}
