import { yesNoChoices } from './identifyReplies';
import type { TurnContext } from 'botbuilder';
import { asksWhatToDo } from '../domain/language/whatToDo';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { say, text } from './turn';

/**
 * "Wat moet ik doen?" in answer to the offer of a person made for distress ("ik kan niet meer slapen
 * van de boetes"): the steps that offer named (DOMAIN.md §1.4/§1.5: the noodstop through a person,
 * debt help at the municipality, a personal arrangement), and the offer again. Not the list of what
 * the assistant can do: the worry would be lost. To any other person offered ("mijn man is overleden
 * …", then "wat moet ik doen?"): that a person can look at the situation, and the offer again.
 */
export async function replyWithDistressSteps(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  if (data.personOffered !== true || !asksWhatToDo(recognition.text)) return false;
  // (The welcome's offer on the first message is no advice: there the capabilities answer it.)
  const welcomeOffer = data.turns === 1 && data.handoffReason === undefined;
  if (welcomeOffer) return false;
  const distress = data.handoffReason === 'distress';
  // After the back office was down, "wat nu?" has its own answer: the options (outageOptions.ts).
  if (!distress && data.lookupOutage !== undefined && data.lastIntent === data.lookupOutage) return false;
  data.misunderstandings = 0;
  await say(context, deps, {
    text: text(context, deps, distress ? 'handoff:distress.steps' : 'handoff:whatToDoAtOffer'),
    choices: yesNoChoices(context, deps),
    expectsInput: true,
  });
  return true;
}
