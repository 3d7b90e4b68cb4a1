import { type Claim, openAmount } from '../domain/claims/claim';
import { formatMoney, speakMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import type { ClaimsReplyContext } from './claimsReply';
import { ownArrangementReply } from './ownClaimReplies';
import { dueDateReply } from './ownDueDateReply';

/*
 * "Hoeveel is dat samen?", "kunt u het bedrag herhalen?", "how much was that in total?" once the fines
 * are shown: the amount once more in one short reply, not the whole overview again. Several fines:
 * the total; one fine: its amount and its due date (what the citizen writes down).
 */
export function totalReply(claims: Claim[], ctx: ClaimsReplyContext): Reply {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const toPay = claims.filter((c) => openAmount(c) > 0 && c.stage !== 'paid');
  // A running arrangement: what is left of it (its monthly amount and instalments come with it).
  if (toPay.some((c) => c.stage === 'in_arrangement'))
    return ownArrangementReply(claims, 'openAmount', ctx) ?? dueDateReply(claims, ctx);
  if (toPay.length === 0) return { text: t('lookup:own.due.nothingToPay') };
  const total = toPay.reduce((sum, c) => sum + openAmount(c), 0);
  if (toPay.length > 1)
    return {
      text: t('lookup:own.total', { amount: formatMoney(total, ctx.locale), count: toPay.length }),
      speech: t('lookup:own.total', { amount: speakMoney(total, ctx.locale), count: toPay.length }),
    };
  const due = dueDateReply(toPay, ctx);
  return {
    text: `${t('lookup:own.lead.openAmount', { amount: formatMoney(total, ctx.locale) })} ${due.text}`,
    speech: `${t('lookup:own.lead.openAmount', { amount: speakMoney(total, ctx.locale) })} ${due.speech ?? due.text}`,
  };
}
