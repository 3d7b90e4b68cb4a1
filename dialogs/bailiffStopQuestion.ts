import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { asksHowToStop } from '../domain/knowledge/enforcementSituations';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import { FAQ_DIALOG, type FaqOptions } from './faqState';

/**
 * "Kan ik dat stoppen?" once the conversation is about the bailiff, garnishment or gijzeling (the last
 * question was heard as such), with no flow under way: how to stop it (the bailiff on the letter, debt
 * help, whether a noodstop still can), never "there is nothing running I can stop" or "which of these?".
 */
export async function answerHowToStop(
  step: WaterfallStepContext,
  recognition: Recognition,
  data: ConversationData,
): Promise<DialogTurnResult | undefined> {
  if (data.lastIntent !== 'bailiff' || !asksHowToStop(recognition.text)) return undefined;
  data.misunderstandings = 0;
  data.pendingClarification = undefined;
  return step.beginDialog(FAQ_DIALOG, { topicId: 'bailiff_involved', again: 'repeat' } satisfies FaqOptions);
}
