import type { TurnContext } from 'botbuilder';
import { askedFirst } from '../domain/knowledge/askedFirst';
import { selectTopic } from '../domain/knowledge/selectTopic';
import type { TopicId } from '../domain/knowledge/topics';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';
import { asideFollowUp, rememberAside } from './asideFollowUp';
import { answerTopic } from './faqAnswer';
import { say } from './turn';

/**
 * Answers a knowledge-base question from the recognised message; false when it is not one.
 * The same answer is given at the start of a conversation and in the middle of a flow. Mid-flow
 * there is no room for a clarifying question or follow-up buttons (the flow re-asks its own
 * question next), so the best-fitting topic is answered as text.
 */
export async function answerQuestion(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  /** The topic as the flow asking reads it (the arrangement: an appeal instead of it). */
  inFlow: (topicId: TopicId) => TopicId = (topicId) => topicId,
): Promise<boolean> {
  // "Tot wanneer kan dat?" right after an answer given mid-flow: that answer's short follow-up.
  const followUp = await asideFollowUp(context, deps);
  if (followUp) {
    await say(context, deps, { text: followUp });
    return true;
  }
  const first = askedFirst(recognition.text);
  const selection = first
    ? ({ kind: 'topic', topicId: first.topicId } as const)
    : selectTopic(recognition.intent, recognition.text, recognition.entities);
  if (selection.kind === 'none') return false;
  const topicId = inFlow(selection.kind === 'topic' ? selection.topicId : selection.choices[0]);
  await answerTopic(context, deps, topicId, { followUps: false });
  await rememberAside(context, deps, topicId);
  return true;
}
