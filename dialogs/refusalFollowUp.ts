import type { TurnContext } from 'botbuilder';
import { asksWhyNot } from '../domain/arrangement/planQuestions';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { say, text } from './turn';

/** A refusal of an arrangement that ended the flow, as said: the text key and its values. */
export type SaidRefusal = NonNullable<ConversationData['refusalJustGiven']>;

/** Keeps the refusal just said for the next message, so "waarom niet?" hears its reason again. */
export async function rememberRefusal(
  context: TurnContext,
  deps: DialogDeps,
  refusal: SaidRefusal,
): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  data.refusalJustGiven = refusal;
}

/**
 * "Waarom niet?", "hoezo?", "why not?" right after the flow ended with a refusal (an amount below
 * the minimum, nothing left to arrange): the reason said again, with the citizen's own amounts, not
 * a knowledge answer the recogniser guesses from one word. Always spends the mark of the last turn.
 */
export async function replyAboutRefusal(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  const refusal = data.refusalJustGiven;
  data.refusalJustGiven = undefined;
  if (!refusal || !asksWhyNot(recognition.text)) return false;
  data.misunderstandings = 0;
  await say(context, deps, { text: text(context, deps, refusal.key, refusal.vars) });
  return true;
}
