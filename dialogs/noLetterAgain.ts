import type { TurnContext } from 'botbuilder';
import { hasNoNumber } from '../domain/language/withoutNumber';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { offerPerson } from './identifyReplies';
import { text } from './turn';

/**
 * "Ik heb de brief niet hier" once more, after the ways without a letter were told (withoutLetter):
 * not the lost-letter answer again, nor a question for the number, but the short version with a
 * person offered. True when answered.
 */
export async function replyWithoutLetterAgain(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  if (!data.noLetterTold || recognition.entities.cjibNumber !== undefined) return false;
  const noLetter =
    hasNoNumber(recognition.text) || (recognition.intent === 'lost_letter' && recognition.score >= 0.9);
  if (!noLetter) return false;
  data.misunderstandings = 0;
  data.pendingClarification = undefined;
  await offerPerson(context, deps, text(context, deps, 'guidance:noLetter.again'));
  return true;
}
