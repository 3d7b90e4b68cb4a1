/**
 * "En als ik dat niet kan?" once the fines are looked up: answered from the record, per fine what
 * follows if it stays unpaid (for its own kind of sanction and stage, not the traffic-fine rule for
 * all), then what can be done: an arrangement when these fines allow one, else the minimum, and the
 * noodstop for debts with a person to help.
 */
import { assessArrangement } from '../domain/arrangement/assessArrangement';
import type { ArrangementPolicy } from '../domain/arrangement/arrangementPolicy';
import type { Claim } from '../domain/claims/claim';
import { nextIfUnpaid, sanctionKind } from '../domain/claims/unpaidNextStep';
import { formatMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import { type ClaimsReplyContext, describeClaim } from './claimsReply';
import { dueDateReply } from './ownDueDateReply';

function consequence(claim: Claim, ctx: ClaimsReplyContext): string | undefined {
  const step = nextIfUnpaid(claim);
  if (step === 'none') return undefined;
  const description = describeClaim(claim, ctx.locale);
  const t = (key: string): string => ctx.localizer.t(ctx.locale, key, { description });
  if (step === 'bailiff') return t('lookup:own.cannotPay.bailiff');
  const kind = sanctionKind(claim);
  return kind === 'other'
    ? t('lookup:own.cannotPay.next.other')
    : t(`lookup:own.cannotPay.next.${kind}.${step}`);
}

export function cannotPayReply(claims: Claim[], ctx: ClaimsReplyContext, policy: ArrangementPolicy): Reply {
  const lines = claims.map((c) => consequence(c, ctx)).filter((l): l is string => l !== undefined);
  // Nothing that can still grow (paid, under appeal, in an arrangement): what the record says of paying.
  if (lines.length === 0) return dueDateReply(claims, ctx);
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const { decision } = assessArrangement({ claims, today: ctx.today }, policy);
  const withoutBailiff = claims.some((c) =>
    ['open', 'first_reminder', 'second_reminder', 'bank_debit'].includes(c.stage),
  );
  const options: string[] = [];
  if (decision.eligible) options.push(t('lookup:own.cannotPay.arrangement'));
  else if (decision.reason === 'below_minimum' && withoutBailiff)
    options.push(
      t('lookup:own.cannotPay.belowMinimum', { minimum: formatMoney(policy.minimumCents, ctx.locale) }),
    );
  options.push(t('lookup:own.cannotPay.noodstop'));
  const text = [...lines, ...options].join('\n\n');
  return { text, speech: [...lines, ...options].join(' ') };
}
