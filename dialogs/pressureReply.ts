import type { TurnContext } from 'botbuilder';
import { hardshipSituation } from '../domain/handoff/hardshipSituation';
import { worriesIn } from '../domain/handoff/severalWorries';
import {
  type PressureSituation,
  asksIfWaitingCostsMore,
  pressureSituation,
} from '../domain/handoff/pressureSituation';
import type { IntentId } from '../domain/language/intents';
import { leansOnDeceasedAnswer } from '../domain/knowledge/deceasedFollowUp';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { yesNoChoices } from './identifyReplies';
import { offeredChoices } from './offerAnswer';
import { say, text } from './turn';

/** The choices after the reply (picked as an offered intent); none: a person offered with yes/no. */
const NEXT: Partial<Record<PressureSituation, readonly IntentId[]>> = {
  shame: ['payment_arrangement', 'cannot_pay', 'human_agent'],
  cannotRead: ['fine_status', 'human_agent'],
  fineWhatNow: ['fine_status', 'payment_arrangement', 'human_agent'],
  amountTooHigh: ['fine_status', 'human_agent'],
};

/** What the situation is about, so "hoe dan?" next is read in its light. */
const TOPIC: Record<PressureSituation, IntentId> = {
  shame: 'cannot_pay',
  cannotRead: 'fine_status',
  fineWhatNow: 'fine_status',
  amountTooHigh: 'reminder_increase',
  criminalRecord: 'criminal_sanction',
  refusesToPay: 'reminder_increase',
  increaseWaiver: 'reminder_increase',
  debtHelpWhere: 'cannot_pay',
};

/**
 * A citizen under pressure (pressureSituation.ts) outside a flow: a warm, concrete reply in a few lines
 * and the next step (look it up, an arrangement, a person), never "not sure what you mean" with a cold
 * menu nor a whole FAQ. The bailiff at the door and feared detention stay hardshipReply's.
 */
export async function replyToPressure(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  if (await replyToDeclinedPerson(context, deps, recognition, data)) return true;
  // A call back booked: "komt er een verhoging bij als jullie pas morgen bellen?" (the call adds nothing).
  if (data.callbackPart && asksIfWaitingCostsMore(recognition.text)) {
    data.misunderstandings = 0;
    await say(context, deps, { text: text(context, deps, 'handoff:pressure.increaseWhileWaiting') });
    return true;
  }
  const hardship = hardshipSituation(recognition.text);
  const urgent = hardship === 'bailiffAtDoor' || hardship === 'detentionFeared';
  // Several worries in one long message: each in a line or two, the most urgent first.
  const worries = urgent ? [] : worriesIn(recognition.text);
  if (worries.length > 0) {
    const lines = worries.map((worry) => `- ${text(context, deps, `handoff:worries.${worry}`)}`);
    const told = `${text(context, deps, 'handoff:worries.intro')}\n${lines.join('\n')}`;
    return offerAfter(context, deps, data, told, 'handoff:worries.offer');
  }
  const situation = pressureSituation(recognition.text);
  if (!situation || urgent) return false;
  // "Mijn boete is te hoog geworden" heard as the increase question: its answer, with its follow-ups.
  const increaseHeard =
    recognition.intent === 'reminder_increase' && recognition.score >= deps.confidenceThreshold;
  if (situation === 'amountTooHigh' && increaseHeard) return false;
  data.misunderstandings = 0;
  data.lastIntent = TOPIC[situation];
  const told = text(context, deps, `handoff:pressure.${situation}`);
  const next = NEXT[situation];
  if (next) {
    data.pendingClarification = [...next];
    await say(context, deps, {
      text: told,
      choices: offeredChoices(context, deps, next),
      expectsInput: true,
    });
    return true;
  }
  return offerAfter(context, deps, data, told, 'handoff:pressure.offer');
}

/** What was told, then a person offered (yes/no); "nee" gets the CJIB's numbers, not the menu. */
async function offerAfter(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
  told: string,
  offerKey: string,
): Promise<boolean> {
  data.misunderstandings = 0;
  // Already waiting for staff: the facts, not a second request for a person.
  if (data.handoffRequested) {
    await say(context, deps, { text: told });
    return true;
  }
  data.pendingClarification = undefined;
  data.personOffered = true;
  data.handoffReason = 'cannot_pay';
  data.declinedNext = 'handoff:pressure.declined';
  await say(context, deps, {
    text: `${told}\n\n${text(context, deps, offerKey)}`,
    choices: yesNoChoices(context, deps),
    expectsInput: true,
  });
  return true;
}

/**
 * A bare "nee" to a person offered in a hard moment (a death, anger, fear): one honest next step that
 * the offer named (declinedNext), then what else; "toch wel" next still takes the person.
 */
async function replyToDeclinedPerson(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  const next = data.declinedNext;
  if (!next) return false;
  data.declinedNext = undefined;
  // "Moeten wij dat betalen?" after the answer on fines of someone who died: that honest answer, a person again.
  if (
    next === 'lookup:deceased.declined' &&
    data.personOffered === true &&
    recognition.entities.yesNo === undefined &&
    leansOnDeceasedAnswer(normalizeQuestion(recognition.text))
  ) {
    data.declinedNext = next;
    data.misunderstandings = 0;
    await say(context, deps, {
      text: text(context, deps, 'lookup:deceased.followUp'),
      choices: yesNoChoices(context, deps),
      expectsInput: true,
    });
    return true;
  }
  const bareNo = recognition.entities.yesNo === false && recognition.text.trim().split(/\s+/).length <= 3;
  if (data.personOffered !== true || !bareNo) return false;
  data.personOffered = false;
  data.pendingClarification = undefined;
  data.misunderstandings = 0;
  await say(context, deps, { text: text(context, deps, next) });
  return true;
}
