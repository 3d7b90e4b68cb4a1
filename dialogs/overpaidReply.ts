import { type Claim, openAmount } from '../domain/claims/claim';
import { formatMoney, speakMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import { type ClaimsReplyContext, describeClaim } from './claimsReply';

/**
 * "Ik denk dat ik te veel heb betaald, ik heb 188 euro overgemaakt" after a lookup: what the record
 * shows as received per fine (and whether that is the whole amount), the difference with the amount
 * the citizen names, and the honest next step (DOMAIN.md §8.14: contact the CJIB, a payment that went
 * wrong can be put right; a refund is not something the record shows, so a person checks it).
 */
export function overpaidReply(
  claims: Claim[],
  ctx: ClaimsReplyContext,
  saidCents?: number,
  refund = false,
): Reply {
  const build = (spoken: boolean): string => {
    const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
    const money = (cents: number): string =>
      spoken ? speakMoney(cents, ctx.locale) : formatMoney(cents, ctx.locale);
    const lines: string[] = [];
    for (const claim of claims) {
      const received = t('lookup:overpaid.received', {
        description: describeClaim(claim, ctx.locale),
        received: money(claim.amounts.paid),
      });
      const open = openAmount(claim);
      lines.push(
        `${received} ${open === 0 ? t('lookup:overpaid.whole') : t('lookup:overpaid.open', { open: money(open) })}`,
      );
    }
    const received = claims.reduce((sum, c) => sum + c.amounts.paid, 0);
    if (saidCents !== undefined && saidCents > received)
      lines.push(
        t('lookup:overpaid.more', { said: money(saidCents), difference: money(saidCents - received) }),
      );
    // "So how do I get my money back?": how a refund goes, not only where a wrong payment ends up.
    lines.push(t(refund ? 'lookup:overpaid.refund' : 'lookup:overpaid.next'));
    return lines.join(spoken ? ' ' : '\n\n');
  };
  return { text: build(false), speech: build(true) };
}
