import { arrangementStanding, overdueCents } from '../domain/claims/arrangementStanding';
import type { ExistingArrangement } from '../domain/claims/claim';
import type { NextInstalment } from '../domain/claims/nextInstalment';
import { formatDate, speakDate } from '../domain/dates';
import { formatMoney, speakMoney } from '../domain/money';
import type { ClaimsReplyContext } from './claimsReply';

/*
 * What every view of a running arrangement says of where it stands (domain/claims/arrangementStanding):
 * an instalment that is behind with its amount and date and what to do (DOMAIN.md §1.7: pay it soon,
 * else usually a reminder with the statutory increase), then the next one with its date. Without
 * anything behind: the next one and "on time, nothing is added".
 */

type Standing = ReturnType<typeof arrangementStanding>;

function sayers(ctx: ClaimsReplyContext, spoken: boolean) {
  return {
    t: (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars),
    money: (cents: number): string =>
      spoken ? speakMoney(cents, ctx.locale) : formatMoney(cents, ctx.locale),
    date: (iso: string): string => (spoken ? speakDate(iso, ctx.locale) : formatDate(iso, ctx.locale)),
  };
}

/** The sentences on what is behind (with what to do), empty when nothing is. */
export function overdueSentences(standing: Standing, ctx: ClaimsReplyContext, spoken = false): string[] {
  const { t, money, date } = sayers(ctx, spoken);
  const [first] = standing.overdue;
  if (!first) return [];
  const behind =
    standing.overdue.length === 1
      ? t('lookup:standing.overdueOne', {
          number: first.number,
          months: first.months,
          amount: money(first.amount),
          date: date(first.dueDate),
        })
      : t('lookup:standing.overdueSeveral', {
          count: standing.overdue.length,
          amount: money(overdueCents(standing)),
          date: date(first.dueDate),
        });
  return [behind, t('lookup:standing.whatToDo')];
}

/** The next instalment still to come, or undefined when none is. */
export function upcomingSentence(
  upcoming: NextInstalment | undefined,
  ctx: ClaimsReplyContext,
  spoken = false,
): string | undefined {
  if (!upcoming) return undefined;
  const { t, money, date } = sayers(ctx, spoken);
  return t(upcoming.last ? 'lookup:standing.nextLast' : 'lookup:standing.next', {
    number: upcoming.number,
    months: upcoming.months,
    amount: money(upcoming.amount),
    date: date(upcoming.dueDate),
  });
}

/** Where the arrangement stands, as sentences: what is behind and what to do, then the next instalment. */
export function standingSentences(
  arrangement: ExistingArrangement,
  openCents: number,
  ctx: ClaimsReplyContext,
  spoken = false,
): string[] {
  const standing = arrangementStanding(arrangement, openCents, ctx.today);
  const behind = overdueSentences(standing, ctx, spoken);
  const next = upcomingSentence(standing.upcoming, ctx, spoken);
  const sentences = [...behind, ...(next ? [next] : [])];
  if (behind.length === 0 && next) sentences.push(ctx.localizer.t(ctx.locale, 'lookup:standing.onTime'));
  return sentences;
}

/** The stage's meaning on the card and on the phone for a claim in a running arrangement. */
export function arrangementMeaning(
  arrangement: ExistingArrangement,
  openCents: number,
  ctx: ClaimsReplyContext,
  spoken = false,
): string {
  const intro = ctx.localizer.t(ctx.locale, 'lookup:standing.intro');
  const sentences = standingSentences(arrangement, openCents, ctx, spoken);
  return [intro, ...sentences].join(' ');
}
