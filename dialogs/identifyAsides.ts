import type { TurnContext } from 'botbuilder';
import { questionBeforeLookup } from '../domain/claims/questionBeforeLookup';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import type { TopicId } from '../domain/knowledge/topics';
import { asksIfCannotPay } from '../domain/language/cannotPayIf';
import { asksHowToPrevent, asksSomething, asksWhichLetter } from '../domain/language/lookupAsides';
import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import { asksWhyAsked } from '../domain/language/whyAsked';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';
import { asideFollowUp, rememberAside } from './asideFollowUp';
import { answerTopic } from './faqAnswer';
import { say, text } from './turn';

/**
 * A question asked while the lookup waits for the number or the postcode, which the interruptions
 * let through (the recogniser unsure, or "wacht, wat is …" not read as a question): answered, then
 * the lookup's question again, instead of "that is not a postcode".
 */

/** Topics about the question being asked: its own kind retry explains them better. */
const ABOUT_THE_QUESTION: Record<'number' | 'postcode', ReadonlySet<TopicId>> = {
  number: new Set<TopicId>(['cjib_number', 'letter_code', 'lost_letter']),
  postcode: new Set<TopicId>(['foreign', 'wrong_address']),
};

const ASK_AGAIN = { number: 'lookup:number.askAgain', postcode: 'lookup:postcode.ask' } as const;

/**
 * "Tot wanneer kan dat?", "hoe lang duurt dat?" right after the appeal answered here: the appeal's
 * 6 weeks or its handling time, not the 8 weeks to pay or how long the lookup takes. True when answered.
 */
export async function answerAsideFollowUp(
  context: TurnContext,
  deps: DialogDeps,
  asking: 'number' | 'postcode',
): Promise<boolean> {
  const followUp = await asideFollowUp(context, deps);
  if (!followUp) return false;
  const again = text(context, deps, ASK_AGAIN[asking]);
  await say(context, deps, { text: `${followUp} ${again}`, expectsInput: true });
  return true;
}

/** True when the message was such a question and is answered (the question asked again). */
export async function answerAside(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  asking: 'number' | 'postcode',
): Promise<boolean> {
  const again = text(context, deps, ASK_AGAIN[asking]);
  if (await answerAsideFollowUp(context, deps, asking)) return true;
  // "Ok en hoe kan ik dat voorkomen?" (after the increases, enforcement or prison): paying in time.
  if (asksHowToPrevent(recognition.text)) {
    await say(context, deps, {
      text: `${text(context, deps, 'lookup:aside.prevent')} ${again}`,
      expectsInput: true,
    });
    return true;
  }
  // "Wat als ik het niet kan betalen?", "what if I can't pay it?": what can be done, briefly (the lookup
  // then tells it for these fines), not where the number is or why the postcode is asked.
  if (asksIfCannotPay(recognition.text)) {
    await say(context, deps, {
      text: `${text(context, deps, 'lookup:aside.cannotPay')} ${again}`,
      expectsInput: true,
    });
    return true;
  }
  // "Ik heb al betaald", "will it go up if I pay next week?" at the number: kept, and answered from the
  // fines once they are found (as at the postcode, identifyPostcodePrompt.ts).
  const kept = asking === 'number' ? questionBeforeLookup(recognition.text) : undefined;
  if (kept) {
    (await deps.state.conversation.get(context, {})).askedBeforeLookup = kept;
    await say(context, deps, {
      text: `${text(context, deps, 'lookup:askedBefore.afterLookup')} ${again}`,
      expectsInput: true,
    });
    return true;
  }
  // "Hoe lang heb ik nog?", "bis wann muss ich zahlen?": the term, the date on the letter, and that the
  // lookup gives that date (not the general answer offering to look the fine up, as it is being done).
  if (ownClaimQuestion(recognition.text) === 'dueDate') {
    await say(context, deps, {
      text: `${text(context, deps, 'lookup:aside.dueDate')} ${again}`,
      expectsInput: true,
    });
    return true;
  }
  // "Ik heb twee brieven, welke moet ik nemen?": any of them; the lookup then shows every open fine.
  if (asksWhichLetter(recognition.text)) {
    await say(context, deps, {
      text: `${text(context, deps, 'lookup:aside.whichLetter')} ${again}`,
      expectsInput: true,
    });
    return true;
  }
  // "Waarom wil je mijn postcode weten, is dit veilig?" before the number: why both are asked, then
  // the number again (at the postcode, the prompt's own retry says why).
  if (asksWhyAsked(recognition.text) && asking === 'number') {
    const why = text(context, deps, 'lookup:number.why');
    await say(context, deps, { text: `${why} ${again}`, expectsInput: true });
    return true;
  }
  if (!asksSomething(recognition.text) || asksWhyAsked(recognition.text)) return false;
  const route = routeKnowledge(recognition, undefined);
  if (route.kind !== 'topic' || ABOUT_THE_QUESTION[asking].has(route.topicId)) return false;
  await answerTopic(context, deps, route.topicId, { followUps: false });
  await rememberAside(context, deps, route.topicId);
  await say(context, deps, { text: again, expectsInput: true });
  return true;
}
