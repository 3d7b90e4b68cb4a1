import { type Claim, openAmount } from '../domain/claims/claim';
import { formatDate, speakDate } from '../domain/dates';
import { formatMoney, speakMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import { type ClaimsReplyContext, describeClaim } from './claimsReply';

/*
 * "Welke boete is dit?", "which fine is this?" once the fines are looked up: what each shown claim is,
 * from the record: its kind (with the letter code on the letter), the offence and its date, the plate
 * when known, what is still to pay and the last digits of its CJIB number to find the letter by.
 * One claim in a sentence or two; several as a short list.
 */

function line(claim: Claim, ctx: ClaimsReplyContext, spoken: boolean): string {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const parts = [
    t('lookup:own.which.line', {
      kind: t(`lookup:own.which.kind.${claim.type}`, { letter: claim.letterCode }),
      description: describeClaim(claim, ctx.locale),
      date: spoken ? speakDate(claim.offenceDate, ctx.locale) : formatDate(claim.offenceDate, ctx.locale),
    }),
  ];
  if (claim.licencePlate) parts.push(t('lookup:own.which.plate', { plate: claim.licencePlate }));
  parts.push(
    claim.stage === 'paid'
      ? t('lookup:own.which.paid')
      : t('lookup:own.which.open', {
          amount: spoken
            ? speakMoney(openAmount(claim), ctx.locale)
            : formatMoney(openAmount(claim), ctx.locale),
        }),
  );
  parts.push(t('lookup:own.which.number', { digits: claim.cjibNumber.slice(-4) }));
  return parts.join(' ');
}

export function whichFineReply(claims: Claim[], ctx: ClaimsReplyContext): Reply {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  if (claims.length === 1) {
    const only = claims[0] as Claim;
    return {
      text: `${t('lookup:own.which.one')} ${line(only, ctx, false)}`,
      speech: `${t('lookup:own.which.one')} ${line(only, ctx, true)}`,
    };
  }
  const intro = t('lookup:own.which.several', { count: claims.length });
  return {
    text: [intro, ...claims.map((c) => `- ${line(c, ctx, false)}`)].join('\n'),
    speech: [intro, ...claims.map((c, i) => `${i + 1}: ${line(c, ctx, true)}`)].join(' '),
  };
}
