import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { parseFlowAction, type FlowAction, type TopicId } from '../domain/knowledge/topics';
import type { IntentId } from '../domain/language/intents';
import { asksToApplyAfter, offersArrangementHere } from '../domain/knowledge/ratingReply';
import { acceptsOffer } from '../domain/language/offerAcceptance';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { type FaqOptions, type FaqResult, STEPS, valuesOf } from './faqState';
import { offeredChoices } from './offerAnswer';
import { say, text, turnChannel } from './turn';

/** What the answer to "did this help?" does: the rating stored (topic id only) and the follow-up started. */

export async function recordRating(
  step: WaterfallStepContext,
  deps: DialogDeps,
  helpful: boolean,
): Promise<void> {
  const { channelId, locale } = turnChannel(step.context);
  const topicId = valuesOf(step).topicId as TopicId;
  await deps.feedback?.record({ topicId, helpful, locale, channelId, at: deps.clock.now() });
}

/**
 * "Nee", "dit helpt niet": recorded; the dialog starts again to say sorry and offer a person (yes: the
 * handoff; no: how to reach one later), never a goodbye as if it had helped.
 */
export async function notHelpful(step: WaterfallStepContext, deps: DialogDeps): Promise<DialogTurnResult> {
  await recordRating(step, deps, false);
  const topicId = valuesOf(step).topicId;
  if (!topicId) {
    await say(step.context, deps, { text: text(step.context, deps, 'faq:feedback.sorry') });
    return step.endDialog({} satisfies FaqResult);
  }
  return step.replaceDialog(STEPS, {
    topicId,
    personQuestion: 'faq:feedback.sorryPerson',
  } satisfies FaqOptions);
}

/** A follow-up that starts a flow or asks for a person, handed to the router. */
export async function startAction(
  step: WaterfallStepContext,
  action: FlowAction | undefined,
): Promise<DialogTurnResult> {
  if (action === 'action:human_agent') return step.endDialog({ handoff: true } satisfies FaqResult);
  if (action === 'action:fine_status')
    return step.endDialog({ reroute: true, next: 'fine_status' } satisfies FaqResult);
  if (action === 'action:payment_arrangement')
    return step.endDialog({ reroute: true, next: 'payment_arrangement' } satisfies FaqResult);
  return step.endDialog({ reroute: true } satisfies FaqResult);
}

/**
 * "Ja" to "did this help?": recorded and thanked. A yes at the rating is a rating: "ja bitte" does not
 * start the lookup the answer mentioned, nor a person (it helped); the offers stay as choices. Only
 * after an answer about the arrangement that offers to request it here does "ja graag" start it.
 */
export async function helpful(
  step: WaterfallStepContext,
  deps: DialogDeps,
  offered: ReplyChoice[],
  said: string,
): Promise<DialogTurnResult> {
  await recordRating(step, deps, true);
  const topicId = valuesOf(step).topicId;
  // "Ja, aanvragen" after an answer that offers the arrangement here: the request starts.
  if (asksToApplyAfter(topicId, said)) return startAction(step, 'action:payment_arrangement');
  const actions = offered.map((c) => parseFlowAction(c.value)).filter((a) => a !== undefined);
  if (actions.length && acceptsOffer(said)) {
    if (offersArrangementHere(topicId) && actions.includes('action:payment_arrangement'))
      return startAction(step, 'action:payment_arrangement');
    // Only a person offered: it helped, so no person; the plain thanks.
    if (actions.some((a) => a !== 'action:human_agent')) {
      const intents = actions.map((a) => a.slice('action:'.length) as IntentId);
      const data = await deps.state.conversation.get(step.context, {});
      data.pendingClarification = intents;
      await say(step.context, deps, {
        text: text(step.context, deps, 'faq:feedback.thanksWhatNext'),
        choices: offeredChoices(step.context, deps, intents),
        expectsInput: true,
      });
      return step.endDialog({} satisfies FaqResult);
    }
  }
  // (On the phone with a question after it: a caller hears no input box waiting.)
  await say(step.context, deps, { text: text(step.context, deps, 'faq:feedback.thanks') });
  return step.endDialog({} satisfies FaqResult);
}
