import type { OfficeHours } from '../domain/officeHours';
import { weekSpans } from '../domain/officeWeek';
import type { Locale } from '../domain/language/locale';
import type { Localizer } from '../domain/ports/localizer';

/*
 * When staff answer the chat, said from the OFFICE_HOURS setting ("maandag tot en met vrijdag, 8.00
 * tot 17.00 uur"), so the contact answer and "en op zaterdag?" never disagree. Rendered once at start-up.
 */

function clock(localizer: Localizer, locale: Locale, minute: number): string {
  const hour = Math.floor(minute / 60);
  return localizer.t(locale, 'handoff:staffHours.time', {
    hour,
    hh: String(hour).padStart(2, '0'),
    minute: String(minute % 60).padStart(2, '0'),
  });
}

/** The staff hours of the week in a language; undefined when staff are never there. */
export function staffHoursText(localizer: Localizer, locale: Locale, hours: OfficeHours): string | undefined {
  const t = (key: string, vars?: Record<string, unknown>): string =>
    localizer.t(locale, `handoff:staffHours.${key}`, vars);
  const spans = weekSpans(hours.week);
  if (spans.length === 0) return undefined;
  const said = spans.map(({ first, last, open }) => {
    const days =
      first === 1 && last === 0
        ? t('everyDay')
        : first === last
          ? t(`dayAlone.${first}`)
          : t('days', { from: t(`dayFrom.${first}`), to: t(`dayTo.${last}`) });
    const times = open
      .map(([from, to]) =>
        t('hours', { from: clock(localizer, locale, from), to: clock(localizer, locale, to) }),
      )
      .join(t('and'));
    return t('span', { days, times });
  });
  return said.join(t('and'));
}
