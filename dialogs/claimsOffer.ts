/**
 * The question after the overview with what the citizen can do next, only what applies to these
 * fines (domain/claims/claimOffers): no instalments below the minimum, no "how to pay" or objection
 * for a fine under appeal, no person offered to someone already waiting for one.
 */
import type { TurnContext } from 'botbuilder';
import { DEFAULT_ARRANGEMENT_POLICY } from '../domain/arrangement/arrangementPolicy';
import type { Claim } from '../domain/claims/claim';
import { applicableOffers, somethingPayableNow } from '../domain/claims/claimOffers';
import { requestOnFile } from './lookupFiledRequest';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import type { IntentId } from '../domain/language/intents';
import type { Reply, ReplyChoice } from '../domain/ports/replyRenderer';
import type { ClaimsReplyContext } from './claimsReply';
import type { DialogDeps } from './dialogDeps';

/** Whether the citizen is in the queue for staff, or with a member of staff, right now. */
export async function waitingForStaff(context: TurnContext, deps: DialogDeps): Promise<boolean> {
  const data = await deps.state.conversation.get(context, {});
  if (!data.handoffRequested || !deps.handoff) return false;
  const { channelId, conversation } = context.activity;
  const handoff = await deps.handoff.queue.get(conversationKeyOf(channelId, conversation?.id ?? ''));
  return handoff?.status === 'queued' || handoff?.status === 'with_agent';
}

/** The follow-up question and its choices; `offered` empty: nothing to offer, nothing to ask. */
export async function claimsOffer(
  context: TurnContext,
  deps: DialogDeps,
  claims: Claim[],
  ctx: ClaimsReplyContext,
): Promise<Reply & { offered: IntentId[] }> {
  const offered: IntentId[] = applicableOffers(claims, {
    today: ctx.today,
    policy: deps.arrangements?.policy ?? DEFAULT_ARRANGEMENT_POLICY,
    waitingForStaff: await waitingForStaff(context, deps),
    requestOnFile: (await requestOnFile(context, deps, claims)) !== undefined,
  });
  const t = (key: string): string => ctx.localizer.t(ctx.locale, key);
  const choices: ReplyChoice[] = offered.map((intent) => ({
    value: intent,
    title: t(`common:intent.${intent}`),
  }));
  return {
    text: t(somethingPayableNow(claims) ? 'lookup:result.offer' : 'lookup:result.offerPaid'),
    choices,
    expectsInput: true,
    offered,
  };
}
