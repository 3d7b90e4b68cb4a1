import { type Claim, openAmount } from '../domain/claims/claim';
import { type QuestionBeforeLookup, questionBeforeLookup } from '../domain/claims/questionBeforeLookup';
import { formatDate } from '../domain/dates';
import type { Reply } from '../domain/ports/replyRenderer';
import { type ClaimsReplyContext, describeClaim } from './claimsReply';
import type { ConversationData } from './conversationData';

/**
 * "I already paid this, why a reminder?" or "I paid twice, refund?" asked before the number and
 * postcode were given: the kind of question is kept (never the words) so the lookup can answer it
 * from the record it shows, instead of the overview alone urging to pay (again).
 */
export function noteQuestionBeforeLookup(
  text: string,
  data: ConversationData,
): QuestionBeforeLookup | undefined {
  if (data.identified !== undefined) return undefined;
  const kind = questionBeforeLookup(text);
  if (kind) data.askedBeforeLookup = kind;
  return kind;
}

/**
 * After the overview: "paid but I do not see it" (DOMAIN.md §2.2: a wrong reference can misdirect a
 * payment, which the CJIB puts right; do not pay twice, proof of payment to the CJIB), or per fine
 * whether paying later adds anything (§2.3: nothing before the due date; a reminder already added).
 */
export function answerAfterOverview(
  kind: QuestionBeforeLookup,
  claims: Claim[],
  ctx: ClaimsReplyContext,
): Reply | undefined {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  // "Ik kan de termijn van deze maand niet betalen", said before the lookup: what to do, for the
  // running arrangement now shown (DOMAIN.md §1.4, §1.5, §1.7); a person is among the choices next.
  if (kind === 'instalmentUnpaid') {
    if (!claims.some((c) => c.stage === 'in_arrangement')) return undefined;
    const text = t('lookup:askedBefore.instalmentUnpaid');
    return { text, speech: text };
  }
  const open = claims.filter((c) => openAmount(c) > 0 && c.stage !== 'in_arrangement');
  if (open.length === 0) return undefined;
  if (kind === 'paidNotSeen') {
    // "… but now I got a reminder": the fines with a reminder are the ones meant, when there are such.
    const reminded = open.filter((c) => c.stage === 'first_reminder' || c.stage === 'second_reminder');
    const meant = reminded.length > 0 ? reminded : open;
    const descriptions = meant.map((c) => describeClaim(c, ctx.locale)).join(', ');
    const text = t('lookup:askedBefore.paidNotSeen', { descriptions });
    return { text, speech: text };
  }
  if (kind !== 'increaseIfLater') return undefined;
  const lines = open.map((claim) => {
    const description = describeClaim(claim, ctx.locale);
    const date = formatDate(claim.dueDate, ctx.locale);
    if (claim.stage === 'open')
      return claim.dueDate >= ctx.today
        ? t('lookup:askedBefore.increase.beforeDue', { description, date })
        : t('lookup:askedBefore.increase.duePassed', { description });
    if (claim.stage === 'first_reminder' || claim.stage === 'second_reminder')
      return t(`lookup:askedBefore.increase.${claim.stage}`, { description });
    if (claim.stage === 'appeal_pending') return t('lookup:askedBefore.increase.appeal', { description });
    return t('lookup:askedBefore.increase.other', { description });
  });
  const text = [t('lookup:askedBefore.increase.intro'), ...lines].join('\n');
  return { text, speech: lines.join(' ') };
}
