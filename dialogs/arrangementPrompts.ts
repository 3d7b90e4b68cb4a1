import type { Activity, TurnContext } from 'botbuilder';
import type { PromptOptions } from 'botbuilder-dialogs';
import { agrees, notYet } from '../domain/arrangement/agreement';
import { agreesToMonths } from '../domain/arrangement/monthsAgreement';
import { isPlainNo, mentionsContact } from '../domain/arrangement/contactAnswer';
import { ownMonthlyAmountCents } from '../domain/arrangement/ownMonthlyAmount';
import { wantsToPayInFull } from '../domain/arrangement/payInFull';
import { wantsToThinkItOver } from '../domain/arrangement/thinkItOver';
import { scheduleObjection } from '../domain/arrangement/scheduleObjection';
import { asksHowLongToSpread } from '../domain/arrangement/spreadQuestion';
import { asksAboutMissingInstalment } from '../domain/arrangement/missedQuestion';
import { selectTopic } from '../domain/knowledge/selectTopic';
import type { TopicId } from '../domain/knowledge/topics';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import { pickChoice } from './choiceReply';
import { polishPhone } from '../domain/language/countryPhone';
import { refersToOwnNumber } from '../domain/language/ownNumberReference';
import { callerNumber } from './callerNumber';
import type { DialogDeps } from './dialogDeps';
import { numberedKey } from './numberedChoiceKey';
import { text, turnChannel, turnLocale, turnRecognition } from './turn';

/** What a citizen's answer to the proposed schedule means. */
export type PlanAnswer = 'yes' | 'no' | 'tooHigh' | 'cannotPay' | 'atOnce' | 'elsewhere';

/** Intents that, mid-flow, mean the citizen wants something else: the router handles the message. */
const ELSEWHERE = new Set(['fine_status', 'how_to_pay', 'objection', 'payment_not_processed']);

export function planChoices(context: TurnContext, deps: DialogDeps): ReplyChoice[] {
  return [
    { value: 'yes', title: text(context, deps, 'arrangement:plan.yes') },
    { value: 'tooHigh', title: text(context, deps, 'arrangement:plan.tooHigh') },
    { value: 'no', title: text(context, deps, 'arrangement:plan.no') },
  ];
}

export function yesNoChoices(
  context: TurnContext,
  deps: DialogDeps,
  yesKey: string,
  noKey: string,
): ReplyChoice[] {
  return [
    { value: 'yes', title: text(context, deps, yesKey) },
    { value: 'no', title: text(context, deps, noKey) },
  ];
}

/**
 * Reads an answer to the schedule: a choice, "the monthly amount is too high" (in words or as an
 * amount of one's own: a personal arrangement), "I cannot pay at all" (the noodstop), yes or no;
 * undefined when it is none of these (the question is asked again). `months` is the schedule's.
 */
export async function readPlanAnswer(
  context: TurnContext,
  deps: DialogDeps,
  months?: number,
): Promise<PlanAnswer | undefined> {
  const picked = pickChoice(context.activity.text, planChoices(context, deps));
  if (picked) return picked.value as PlanAnswer;
  // "Ok doe maar 6 dan" with 6 months proposed: yes to them (its 6 is no amount of one's own).
  if (months !== undefined && agreesToMonths(context.activity.text ?? '', months)) return 'yes';
  // "I want to pay it all at once", "alles auf einmal": no arrangement, the total is paid.
  if (wantsToPayInFull(context.activity.text ?? '')) return 'atOnce';
  // "I need to think about it": not now.
  if (wantsToThinkItOver(context.activity.text ?? '')) return 'no';
  // "Dat kan ik niet opbrengen", "I can't afford that", "nur 50 im Monat": the amount just proposed is
  // too high (a personal arrangement); debts or "not at all" is the noodstop. The words decide first,
  // because the recogniser reads both as cannot_pay.
  const objection = scheduleObjection(context.activity.text ?? '');
  if (objection) return objection;
  // "Einverstanden", "zgoda", "klingt gut" (not read as yes by the recogniser); "jeszcze nie".
  const agreement = readAgreement(context.activity.text ?? '');
  if (agreement) return agreement;
  const recognition = await turnRecognition(context, deps);
  const { entities } = recognition;
  const confident = recognition.score >= deps.confidenceThreshold;
  if (confident && recognition.intent === 'cannot_pay') {
    const topic = selectTopic('cannot_pay', recognition.text, entities);
    return topic.kind === 'topic' && topic.topicId === 'noodstop' ? 'cannotPay' : 'tooHigh';
  }
  const personal = selectTopic('payment_arrangement', recognition.text, entities);
  if (personal.kind === 'topic' && personal.topicId === 'personal_arrangement') return 'tooHigh';
  // "I can only pay 20 euros a month", "thirty a month": an amount of one's own needs a personal
  // arrangement (one at or above the proposed amount is said to fit before this is asked).
  if (entities.amountCents !== undefined || ownMonthlyAmountCents(recognition.text, undefined) !== undefined)
    return 'tooHigh';
  if (entities.yesNo !== undefined) return entities.yesNo ? 'yes' : 'no';
  // "Mail mij op piet@gmail.com": answering the next question (the contact) accepts the schedule.
  if (entities.email || entities.phone) return 'yes';
  if (confident && ELSEWHERE.has(recognition.intent)) return 'elsewhere';
  return undefined;
}

/**
 * A question about arrangements asked mid-flow ("what if I miss an instalment?"): the topic to
 * answer before the flow asks its question again. Not the general "can I pay in instalments"
 * answer, which the flow itself is, nor the personal arrangement, which is an answer to the schedule.
 */
export async function arrangementQuestion(
  context: TurnContext,
  deps: DialogDeps,
): Promise<TopicId | undefined> {
  if (!context.activity.text?.trim()) return undefined;
  // "How long can I spread it?", "Wie lange kann ich strecken?": the months of an arrangement, not the letter's deadline.
  if (asksHowLongToSpread(context.activity.text)) return 'instalment_terms';
  // "Was passiert, wenn ich eine Rate mal vergesse?": what follows a missed instalment, whatever the recogniser makes of it.
  if (asksAboutMissingInstalment(context.activity.text)) return 'missed_instalment';
  const recognition = await turnRecognition(context, deps);
  if (recognition.intent !== 'payment_arrangement' || recognition.score < deps.confidenceThreshold)
    return undefined;
  if (recognition.entities.yesNo !== undefined || recognition.entities.email || recognition.entities.phone)
    return undefined;
  const selection = selectTopic('payment_arrangement', recognition.text, recognition.entities);
  if (
    selection.kind !== 'topic' ||
    selection.topicId === 'instalments' ||
    selection.topicId === 'personal_arrangement'
  )
    return undefined;
  return selection.topicId;
}

/** A yes/no answer: the offered choice or the words; 'elsewhere' for a clearly different request. */
export async function readYesNo(
  context: TurnContext,
  deps: DialogDeps,
  choices: ReplyChoice[],
): Promise<'yes' | 'no' | 'elsewhere' | undefined> {
  const picked = pickChoice(context.activity.text, choices);
  if (picked) return picked.value as 'yes' | 'no';
  const recognition = await turnRecognition(context, deps);
  if (recognition.entities.yesNo !== undefined) return recognition.entities.yesNo ? 'yes' : 'no';
  const agreement = readAgreement(recognition.text);
  if (agreement) return agreement;
  if (
    recognition.score >= deps.confidenceThreshold &&
    (ELSEWHERE.has(recognition.intent) || recognition.intent === 'payment_arrangement')
  ) {
    return 'elsewhere';
  }
  return undefined;
}

/** The e-mail address or phone number in an answer, validated by the entity rules; never logged. */
export async function readContact(
  context: TurnContext,
  deps: DialogDeps,
): Promise<{ email?: string; phone?: string } | undefined> {
  const { entities, text: said } = await turnRecognition(context, deps);
  // "Dit nummer" on the phone: the number the caller is calling from.
  const phone =
    entities.phone ??
    (refersToOwnNumber(said) ? callerNumber(context) : undefined) ??
    // "601 234 567" from a Polish citizen: a Polish number without its +48.
    polishPhone(context.activity.text ?? '', turnLocale(context));
  // Both in one message ("jan@example.nl of 0612345678"): the request carries both.
  if (!entities.email && !phone) return undefined;
  return {
    ...(entities.email ? { email: entities.email } : {}),
    ...(phone ? { phone } : {}),
  };
}

/** A prompt's question and its retry, rendered for the turn's channel (re-sent as they are on a reprompt). */
export function promptOptions(
  context: TurnContext,
  deps: DialogDeps,
  keys: { ask: string; retry: string },
  choices?: ReplyChoice[],
  vars?: Record<string, unknown>,
): PromptOptions {
  // A text that names the choices names their numbers where they are listed as numbers.
  const keyed = (key: string): string => (choices?.length ? numberedKey(context, deps, key) : key);
  const render = (key: string): Partial<Activity> =>
    deps.renderer.render(
      { text: text(context, deps, keyed(key), vars), choices, expectsInput: true },
      turnChannel(context),
    ) as Partial<Activity>;
  return { prompt: render(keys.ask), retryPrompt: render(keys.retry) };
}

/**
 * A prompt validator: the answer is accepted when `read` understands it. After three answers that
 * are not, it is accepted anyway and the step hands the message to the router.
 */
export function understood(read: (context: TurnContext) => Promise<unknown>) {
  return async (prompt: { context: TurnContext; attemptCount: number }): Promise<boolean> =>
    (await read(prompt.context)) !== undefined || prompt.attemptCount >= 3;
}

/** A plain "no" (not "no, I have no e-mail") or "I need to think about it" where a contact is asked. */
export async function changedMind(context: TurnContext, deps: DialogDeps): Promise<boolean> {
  const answer = context.activity.text ?? '';
  if (wantsToThinkItOver(answer)) return true;
  const { entities } = await turnRecognition(context, deps);
  if (entities.email || entities.phone || mentionsContact(answer)) return false;
  return entities.yesNo === false || isPlainNo(answer);
}

/**
 * Agreement or "not yet" in words the yes/no reading misses ("einverstanden", "zgoda", "w porządku",
 * "sounds good"; "jeszcze nie", "noch nicht"), as a yes or a no to the question asked.
 */
export function readAgreement(answer: string): 'yes' | 'no' | undefined {
  if (notYet(answer)) return 'no';
  return agrees(answer) ? 'yes' : undefined;
}
