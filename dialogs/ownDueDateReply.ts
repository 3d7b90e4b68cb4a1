import { type Claim, openAmount } from '../domain/claims/claim';
import { formatDate, speakDate } from '../domain/dates';
import type { Reply } from '../domain/ports/replyRenderer';
import { type ClaimsReplyContext, describeClaim } from './claimsReply';

/*
 * "Wanneer moet ik betalen?", "what is the due date?", "ile mam czasu na zapłatę?" once the fines are
 * looked up: the record's own due dates, not the general payment term. A date that has passed is
 * said plainly, with what the citizen can still do.
 */

type Line = { text: string; speech: string };

/** One claim's due date as said after a lookup (also at an arrangement offer: arrangementOwnDueDate.ts). */
export function dueDateLine(claim: Claim, ctx: ClaimsReplyContext): Line & { passed: boolean } {
  const t = (key: string, vars: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const description = describeClaim(claim, ctx.locale);
  // A running arrangement replaces the letter's due date (as on the overview).
  if (claim.stage === 'in_arrangement') {
    const text = t('lookup:own.due.arrangement', { description });
    return { text, speech: text, passed: false };
  }
  // Under appeal nothing is to be paid for now (as the overview says).
  if (claim.stage === 'appeal_pending') {
    const text = t('lookup:own.due.appeal', { description });
    return { text, speech: text, passed: false };
  }
  const passed = claim.dueDate < ctx.today;
  const key = passed ? 'lookup:own.due.passed' : 'lookup:own.due.open';
  return {
    text: t(key, { description, date: formatDate(claim.dueDate, ctx.locale) }),
    speech: t(key, { description, date: speakDate(claim.dueDate, ctx.locale) }),
    passed,
  };
}

/** The due date of every claim still to pay (or that nothing is left to pay), and help if one passed. */
export function dueDateReply(claims: Claim[], ctx: ClaimsReplyContext): Reply {
  const t = (key: string): string => ctx.localizer.t(ctx.locale, key);
  const toPay = claims.filter((c) => openAmount(c) > 0 && c.stage !== 'paid');
  if (toPay.length === 0) return { text: t('lookup:own.due.nothingToPay') };
  const lines = toPay.map((c) => dueDateLine(c, ctx));
  const closing = lines.some((l) => l.passed) ? [t('lookup:own.due.passedHelp')] : [];
  return {
    text: [...lines.map((l) => l.text), ...closing].join('\n\n'),
    speech: [...lines.map((l) => l.speech), ...closing].join(' '),
  };
}
