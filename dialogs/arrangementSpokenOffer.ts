import type { TurnContext } from 'botbuilder';
import type { InstalmentSchedule } from '../domain/arrangement/instalmentSchedule';
import type { Claim } from '../domain/claims/claim';
import { formatDate } from '../domain/dates';
import { formatMoney } from '../domain/money';
import { describeClaim } from './claimsReply';
import type { DialogDeps } from './dialogDeps';
import { turnLocale } from './turn';
import { listFormat } from '../domain/language/intlFormats';

/**
 * The proposed schedule as a caller hears it: one short summary (total, months, monthly amount,
 * first due date, a last instalment that differs) and, with more than one fine, which fines. A
 * listener cannot glance back at the card, so reading it out after the summary only repeated every
 * amount and date; the note about later fines stays on screen and in the decision letter.
 */
export function scheduleSpeech(
  context: TurnContext,
  deps: DialogDeps,
  included: readonly Claim[],
  schedule: InstalmentSchedule,
): string {
  const locale = turnLocale(context);
  const t = (key: string, vars?: Record<string, unknown>): string => deps.localizer.t(locale, key, vars);
  const money = (cents: number): string => formatMoney(cents, locale);
  const sentences = [
    t('arrangement:plan.text', {
      total: money(schedule.totalCents),
      months: schedule.months,
      monthly: money(schedule.monthlyCents),
      firstDue: formatDate(schedule.firstDueDate, locale),
    }),
  ];
  if (schedule.lastCents !== schedule.monthlyCents)
    sentences.push(t('arrangement:plan.lastDiffers', { last: money(schedule.lastCents) }));
  if (included.length > 1) {
    const fines = listFormat(locale, 'conjunction').format(
      included.map((claim) => describeClaim(claim, locale)),
    );
    sentences.push(t('arrangement:plan.speech.fines', { fines }));
  }
  return sentences.join(' ');
}
