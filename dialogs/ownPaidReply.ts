import { type Claim, openAmount } from '../domain/claims/claim';
import type { Reply } from '../domain/ports/replyRenderer';
import { answerAfterOverview } from './askedBeforeLookup';
import { type ClaimsReplyContext, describeClaim } from './claimsReply';

/*
 * "Ik heb al betaald toch?", "but I already paid", "ich habe doch schon bezahlt", "przecież już
 * zapłaciłem" once the fines are shown: the record answers. All paid is confirmed (nothing more to
 * do); a fine still open is named, with what to do when a payment is not seen (DOMAIN.md §2.2: a
 * wrong reference can misdirect it, the CJIB puts it right; do not pay twice).
 */

/** The reply to "I already paid" after the lookup; undefined when the record has nothing to say on it. */
export function paidAlreadyReply(claims: Claim[], ctx: ClaimsReplyContext): Reply | undefined {
  if (claims.length === 0) return undefined;
  const stillOpen = claims.filter((c) => openAmount(c) > 0 && c.stage !== 'paid');
  if (stillOpen.length === 0) {
    const descriptions = claims.map((c) => describeClaim(c, ctx.locale)).join(', ');
    const text = ctx.localizer.t(ctx.locale, 'lookup:own.paidAlready.allPaid', { descriptions });
    return { text, speech: text };
  }
  return answerAfterOverview('paidNotSeen', claims, ctx);
}
