import { arrangementStanding, overdueCents } from '../domain/claims/arrangementStanding';
import type { ExistingArrangement } from '../domain/claims/claim';
import { lastInstalment } from '../domain/claims/lastInstalment';
import { formatDate } from '../domain/dates';
import { formatMoney } from '../domain/money';
import type { ReplyFact } from '../domain/ports/replyRenderer';
import type { ClaimsReplyContext } from './claimsReply';

/**
 * A running arrangement's card rows on where it stands: the instalment behind (first one's number,
 * the sum behind, its date) and the next one to come, each only when there is one.
 */
export function arrangementRows(
  arrangement: ExistingArrangement,
  openCents: number,
  ctx: ClaimsReplyContext,
): ReplyFact[] {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const standing = arrangementStanding(arrangement, openCents, ctx.today);
  const rows: ReplyFact[] = [];
  const [first] = standing.overdue;
  if (first)
    rows.push({
      label: t('lookup:standing.cardBehind'),
      value: t('lookup:standing.cardBehindValue', {
        number: standing.overdue.map((i) => i.number).join(', '),
        amount: formatMoney(overdueCents(standing), ctx.locale),
        date: formatDate(first.dueDate, ctx.locale),
      }),
    });
  if (standing.upcoming)
    rows.push({
      label: t('lookup:standing.cardNext'),
      value: t('lookup:standing.cardNextValue', {
        amount: formatMoney(standing.upcoming.amount, ctx.locale),
        date: formatDate(standing.upcoming.dueDate, ctx.locale),
      }),
    });
  // 9 × € 39,90 is more than € 359,00: the last instalment is smaller, and said so.
  const last = lastInstalment(arrangement, openCents);
  if (last)
    rows.push({
      label: t('arrangement:plan.last'),
      value: t('lookup:standing.cardNextValue', {
        amount: formatMoney(last.amountCents, ctx.locale),
        date: formatDate(last.dueDate, ctx.locale),
      }),
    });
  return rows;
}
