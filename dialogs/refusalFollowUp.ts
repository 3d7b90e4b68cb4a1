import type { TurnContext } from 'botbuilder';
import { questionsRefusal } from '../domain/arrangement/refusalQuestioned';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { replyCannotPayBelowMinimum } from './belowMinimumCannotPay';
import { offeredChoices } from './offerAnswer';
import { say, text, turnLocale } from './turn';

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
  // "I can't pay 54 euros at once, can I pay 20 a month?": no standard arrangement, so the noodstop and a person.
  if (refusal && (await replyCannotPayBelowMinimum(context, deps, recognition.text, data, refusal)))
    return true;
  if (!refusal || !questionsRefusal(recognition.text)) return false;
  data.misunderstandings = 0;
  // "Dlaczego nie? to tylko 54 euro": the rule explained kindly and what can be done (its `…Why`
  // text), not the same refusal word for word; the same ways offered again.
  const why = `${refusal.key}${WHY_SUFFIX}`;
  const key = deps.localizer.has(turnLocale(context), why) ? why : refusal.key;
  const offered = OFFERED_AFTER[refusal.key];
  if (offered) data.pendingClarification = [...offered];
  await say(context, deps, {
    text: text(context, deps, key, refusal.vars),
    ...(offered ? { choices: offeredChoices(context, deps, offered), expectsInput: true } : {}),
  });
  return true;
}

/** Suffix of a refusal's text for a citizen who asks why: the rule explained, with what can be done. */
const WHY_SUFFIX = 'Why';

/** The ways a refusal offers as choices (arrangementAssessment.ts), offered again with its explanation. */
const OFFERED_AFTER: Partial<Record<string, readonly IntentId[]>> = {
  'arrangement:refused.below_minimum': ['how_to_pay', 'cannot_pay'],
};
