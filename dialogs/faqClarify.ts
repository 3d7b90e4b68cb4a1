import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { saysThanks } from '../domain/language/conversationCues';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { type FaqOptions, type FaqResult, STEPS } from './faqState';
import { say, turnLocale, turnRecognition } from './turn';

/** "ja" to "which topic?" asks again with the same choices; "nee" asks for the question in other words. */
export async function bareAnswerToClarify(
  step: WaterfallStepContext,
  deps: DialogDeps,
  clarify: ReplyChoice[],
): Promise<DialogTurnResult> {
  const recognition = await turnRecognition(step.context, deps);
  const { yesNo } = recognition.entities;
  const bare = yesNo !== undefined && recognition.text.trim().split(/\s+/).length <= 6;
  if (!bare || (recognition.intent !== 'none' && recognition.score >= deps.confidenceThreshold))
    return step.endDialog({ reroute: true } satisfies FaqResult);
  const t = (key: string): string => deps.localizer.t(turnLocale(step.context), key);
  // "Ok danke" to "which topic?": thanks, not a yes that asks "which one?" again.
  if (yesNo && saysThanks(recognition.text)) {
    await say(step.context, deps, { text: t('common:thanks.reply') });
    return step.endDialog({} satisfies FaqResult);
  }
  if (!yesNo) {
    await say(step.context, deps, { text: t('common:offer.other'), expectsInput: true });
    return step.endDialog({} satisfies FaqResult);
  }
  await say(step.context, deps, {
    text: t('common:offer.which'),
    choices: clarify,
    expectsInput: true,
  });
  return step.replaceDialog(STEPS, { clarify } satisfies FaqOptions);
}
