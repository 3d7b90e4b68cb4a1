import type { DialogContext } from 'botbuilder-dialogs';
import { asksWhatSomethingIs, conceptTopic } from '../domain/arrangement/conceptQuestion';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import type { IntentId } from '../domain/language/intents';
import { NOT_INTERRUPTING } from '../domain/language/flowIntents';
import { CONFIRM_PROMPT, CONTACT_PROMPT, PLAN_PROMPT } from './arrangementFlowState';
import type { DialogDeps } from './dialogDeps';
import { answerTopic } from './faqAnswer';
import { answerQuestion } from './questionAnswering';
import { turnRecognition } from './turn';

/** The flow's own questions, where a question about what something is gets its answer first. */
const ASKING: ReadonlySet<string> = new Set([PLAN_PROMPT, CONTACT_PROMPT, CONFIRM_PROMPT]);

/** Intents that are no knowledge-base question (the flow itself, small talk, a person, stop). */
const NO_TOPIC: ReadonlySet<IntentId> = new Set([...NOT_INTERRUPTING, 'cancel', 'help', 'human_agent']);

/**
 * "Wat is een noodstop?", "what is an emergency stop?" at the schedule, the contact or the
 * confirmation: the knowledge base's answer, then the same question again (DESIGN.md: any FAQ
 * question mid-flow is answered and the flow resumes). Without this, the recogniser's "cannot pay"
 * for such a question read it as the citizen's own answer and ended the flow at the noodstop.
 * True when answered.
 */
export async function answersQuestionAboutSomething(
  innerDc: DialogContext,
  deps: DialogDeps,
): Promise<boolean> {
  const asking = innerDc.activeDialog?.id;
  const context = innerDc.context;
  const message = context.activity.type === 'message' ? (context.activity.text ?? '') : '';
  if (!asking || !ASKING.has(asking) || !asksWhatSomethingIs(message)) return false;
  const recognition = await turnRecognition(context, deps);
  const { entities } = recognition;
  if (entities.yesNo !== undefined || entities.email || entities.phone || entities.cjibNumber) return false;
  const confident = recognition.score >= deps.confidenceThreshold && !NO_TOPIC.has(recognition.intent);
  let answered = confident && (await answerQuestion(context, deps, recognition));
  if (!answered) {
    const route = routeKnowledge(recognition, undefined);
    // "Was ist ein Notstopp?" placed nowhere by the recogniser: the concept it names.
    const topicId = route.kind === 'topic' ? route.topicId : conceptTopic(message);
    if (topicId) {
      await answerTopic(context, deps, topicId, { followUps: false });
      answered = true;
    }
  }
  if (!answered) return false;
  await innerDc.repromptDialog();
  return true;
}
