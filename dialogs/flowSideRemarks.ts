import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { isDistressSignal } from '../domain/handoff/distressSignal';
import { expressesFrustration } from '../domain/handoff/frustrationSignal';
import { isQuestion } from '../domain/knowledge/questionForm';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import { asksIfAssistantIsHuman } from '../domain/language/assistantIdentity';
import { looksLikeAnAnswer } from '../domain/language/flowAnswerShape';
import { INTERRUPTION_THRESHOLD } from '../domain/language/flowIntents';
import { asksToWait } from '../domain/language/waitRequest';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';
import { asideFollowUp, rememberAside } from './asideFollowUp';
import { answerTopic } from './faqAnswer';
import { inviteAnnouncedQuestion } from './smallTalk';
import { say, text } from './turn';

/** What a side remark needs to know of the flow it interrupts. */
export interface FlowAtQuestion {
  /** False while a person is being arranged (the call-back flow): no person offered again. */
  takesPersonRequests: boolean;
  /** Whether the message answers the flow's current question after all (asked only when needed). */
  isAnswer: () => Promise<boolean>;
}

/** Says the text and asks the flow's question again. */
async function sayAndReprompt(
  innerDc: DialogContext,
  deps: DialogDeps,
  key: string,
): Promise<DialogTurnResult> {
  await say(innerDc.context, deps, { text: text(innerDc.context, deps, key) });
  await innerDc.repromptDialog();
  return Dialog.EndOfTurn;
}

/**
 * Something said beside the flow's question rather than to it: distress while a person is being
 * arranged, frustration, "wait a moment", a question announced, "am I talking to a robot?". Each gets
 * its short answer; the question stays open. Undefined when the message is none of these.
 */
export async function answerSideRemark(
  innerDc: DialogContext,
  deps: DialogDeps,
  recognition: Recognition,
  flow: FlowAtQuestion,
): Promise<DialogTurnResult | undefined> {
  const said = recognition.text;
  // Distress while a person is being arranged (the callback): kindness and 113, then the question again.
  // Elsewhere the turn pipeline's handoff gate has offered a person before any flow sees it.
  if (!flow.takesPersonRequests && isDistressSignal(said))
    return sayAndReprompt(innerDc, deps, 'handoff:distress.callback');
  // "Dit is waardeloos" at the flow's question: sorry, the way to a person (unless one is being
  // arranged), and the question again.
  if (expressesFrustration(said) && !(await flow.isAnswer()))
    return sayAndReprompt(
      innerDc,
      deps,
      flow.takesPersonRequests ? 'common:frustration.midFlow' : 'common:frustration.sorry',
    );
  // "Momentje, ik zoek de brief": waiting is the answer; the question stands and is not repeated.
  if (asksToWait(said) && !recognition.entities.email) {
    await say(innerDc.context, deps, { text: text(innerDc.context, deps, 'common:wait.reply') });
    return Dialog.EndOfTurn;
  }
  // "Nog één vraag", "jeszcze jedno pytanie": an invitation to ask it; the flow's question stays open
  // (its next answer still answers it) and is not repeated.
  if (await inviteAnnouncedQuestion(innerDc.context, deps, said)) return Dialog.EndOfTurn;
  // "Praat ik met een robot?": the assistant says what it is (EU AI Act art. 50), then asks again.
  // While a person is being arranged, "just say so if you want a person" would be beside the point.
  if (asksIfAssistantIsHuman(said))
    return sayAndReprompt(
      innerDc,
      deps,
      flow.takesPersonRequests ? 'common:identity.midFlow' : 'common:disclosure',
    );
  return undefined;
}

/**
 * "Dank je", "hallo?" in the middle of a flow: a short courtesy and the flow's question again,
 * instead of "that is not a postcode". A "nee, dank je" that answers the question is left to it.
 */
export async function answerCourtesy(
  innerDc: DialogContext,
  deps: DialogDeps,
  recognition: Recognition,
  flow: FlowAtQuestion,
): Promise<DialogTurnResult | undefined> {
  const key =
    recognition.intent === 'thanks'
      ? 'common:thanks.midFlow'
      : recognition.intent === 'greeting'
        ? 'common:greeting.midFlow'
        : undefined;
  if (!key || recognition.score < INTERRUPTION_THRESHOLD) return undefined;
  if (looksLikeAnAnswer(recognition) || (await flow.isAnswer())) return undefined;
  return sayAndReprompt(innerDc, deps, key);
}

/**
 * A message the recogniser is unsure of, or files under an intent that does not interrupt, is
 * still answered when it is clearly a question ("wat is eigenlijk een CJIB-nummer?") whose words
 * confirm a knowledge-base topic among the likely intents, as the router does at the start.
 */
export async function answerUnsureQuestion(
  innerDc: DialogContext,
  deps: DialogDeps,
  recognition: Recognition,
  flow: FlowAtQuestion,
): Promise<DialogTurnResult | undefined> {
  if (looksLikeAnAnswer(recognition) || (await flow.isAnswer())) return undefined;
  // "Tot wanneer kan dat?" right after an answer given mid-flow: that answer's short follow-up.
  const followUp = await asideFollowUp(innerDc.context, deps);
  if (followUp) return sayFollowUp(innerDc, deps, followUp);
  const route = routeKnowledge(recognition, undefined);
  if (route.kind !== 'topic' || (route.topicId !== 'scam' && !isQuestion(recognition.text))) return undefined;
  await answerTopic(innerDc.context, deps, route.topicId, { followUps: false });
  await rememberAside(innerDc.context, deps, route.topicId);
  await innerDc.repromptDialog();
  return Dialog.EndOfTurn;
}

async function sayFollowUp(
  innerDc: DialogContext,
  deps: DialogDeps,
  followUp: string,
): Promise<DialogTurnResult> {
  await say(innerDc.context, deps, { text: followUp });
  await innerDc.repromptDialog();
  return Dialog.EndOfTurn;
}
