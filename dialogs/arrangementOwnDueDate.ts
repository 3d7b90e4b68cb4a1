import type { DialogContext } from 'botbuilder-dialogs';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import { asksFirstDueDate } from '../domain/arrangement/firstDueQuestion';
import { type Claim, openAmount } from '../domain/claims/claim';
import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import type { Reply } from '../domain/ports/replyRenderer';
import { draftOnStack, OWN_QUESTIONS } from './arrangementFlowState';
import { firstDueReply } from './arrangementReplies';
import type { ClaimsReplyContext } from './claimsReply';
import type { DialogDeps } from './dialogDeps';
import { dueDateLine } from './ownDueDateReply';
import { turnLocale } from './turn';

/*
 * "Wanneer moet de boete uiterlijk betaald zijn?", "when is the fine due?" while the schedule is on the
 * table: this citizen's own fines and their dates from the record, and the first instalment of the
 * schedule shown, not the general 8-week term. The flow then asks its question again.
 */

/** The fines of the schedule as the record has them now (their dates are not kept in the flow's state). */
async function scheduleClaims(deps: DialogDeps, cjibNumbers: readonly string[]): Promise<Claim[]> {
  const { collection } = deps;
  if (!collection) return [];
  try {
    const found = await Promise.all(cjibNumbers.map((n) => collection.findClaim(n)));
    return found.filter((c): c is Claim => c !== undefined && openAmount(c) > 0 && c.stage !== 'paid');
  } catch {
    // The back office did not answer: the general answer stays (the caller falls through).
    return [];
  }
}

/** The reply to a due-date question at the schedule; undefined when none is asked or none is on the table. */
export async function ownDueDateAside(innerDc: DialogContext, deps: DialogDeps): Promise<Reply | undefined> {
  const asking = innerDc.activeDialog?.id;
  const draft = asking && OWN_QUESTIONS.has(asking) ? draftOnStack(innerDc) : undefined;
  const message = innerDc.context.activity.text ?? '';
  // ("Wanneer moet ik de eerste termijn betalen?" is the schedule's own first date: scheduleAside.)
  if (!draft || asksFirstDueDate(message) || ownClaimQuestion(message) !== 'dueDate') return undefined;
  const claims = await scheduleClaims(deps, draft.cjibNumbers);
  if (!claims.length) return undefined;
  const ctx: ClaimsReplyContext = {
    locale: turnLocale(innerDc.context),
    localizer: deps.localizer,
    today: calendarDateIn(deps.clock.now(), deps.arrangements?.policy.timeZone ?? 'Europe/Amsterdam'),
  };
  const lines = claims.map((c) => dueDateLine(c, ctx));
  const first = firstDueReply(innerDc.context, deps, draft);
  return {
    text: [...lines.map((l) => l.text), first.text].join('\n\n'),
    speech: [...lines.map((l) => l.speech), first.speech ?? first.text].join(' '),
  };
}
