import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { FlowAction, TopicId } from '../domain/knowledge/topics';
import type { DialogDeps } from './dialogDeps';
import { type FaqResult, valuesOf } from './faqState';
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

/** "Nee" or "not what I meant": recorded, and sorry with the question asked in other words. */
export async function notHelpful(step: WaterfallStepContext, deps: DialogDeps): Promise<DialogTurnResult> {
  await recordRating(step, deps, false);
  await say(step.context, deps, { text: text(step.context, deps, 'faq:feedback.sorry') });
  return step.endDialog({} satisfies FaqResult);
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
