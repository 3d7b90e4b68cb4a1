import { type Claim, openAmount } from '../domain/claims/claim';
import { formatDate, speakDate } from '../domain/dates';
import type { Reply } from '../domain/ports/replyRenderer';
import { type ClaimsReplyContext, describeClaim, meaning } from './claimsReply';
import { dueDateReply } from './ownDueDateReply';

/*
 * "Welke moet ik eerst betalen?" and "wat moet ik nu doen?" once the fines are looked up: answered
 * from the record (the earliest due date; each fine's next step), not the general how-to-pay text or
 * the menu of what the assistant can do.
 */

/** Fines the citizen can pay now: still open, not with a bailiff, under appeal or in an arrangement. */
function payable(claims: Claim[]): Claim[] {
  const waiting = new Set(['bailiff', 'appeal_pending', 'in_arrangement', 'paid']);
  return claims.filter((c) => openAmount(c) > 0 && !waiting.has(c.stage));
}

/** The fine whose due date comes (or came) first, with why; one fine to pay gets its due date. */
export function payFirstReply(claims: Claim[], ctx: ClaimsReplyContext): Reply {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const toPay = payable(claims).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  if (toPay.length < 2) return dueDateReply(claims, ctx);
  const [first, ...rest] = toPay as [Claim, ...Claim[]];
  const vars = (c: Claim, spoken: boolean) => ({
    description: describeClaim(c, ctx.locale),
    date: spoken ? speakDate(c.dueDate, ctx.locale) : formatDate(c.dueDate, ctx.locale),
  });
  const firstKey = first.dueDate < ctx.today ? 'lookup:own.first.passed' : 'lookup:own.first.lead';
  const build = (spoken: boolean): string[] => [
    t(firstKey, vars(first, spoken)),
    ...rest.map((c) => t('lookup:own.first.then', vars(c, spoken))),
    t('lookup:own.first.why'),
  ];
  return { text: build(false).join('\n\n'), speech: build(true).join(' ') };
}

/** Each fine still open with what its stage asks of the citizen now (as the overview says it). */
export function whatNowReply(claims: Claim[], ctx: ClaimsReplyContext): Reply {
  const t = (key: string): string => ctx.localizer.t(ctx.locale, key);
  const open = claims.filter((c) => openAmount(c) > 0 && c.stage !== 'paid');
  if (open.length === 0) return { text: t('lookup:own.due.nothingToPay') };
  const lines = (spoken: boolean): string[] =>
    open.map((c) => `${describeClaim(c, ctx.locale)}: ${meaning(c, ctx, spoken)}`);
  const bailiff = open.some((c) => c.stage === 'bailiff') ? [t('lookup:own.nextStep.bailiff')] : [];
  return {
    text: [...lines(false), ...bailiff].join('\n\n'),
    speech: [...lines(true), ...bailiff].join(' '),
  };
}
