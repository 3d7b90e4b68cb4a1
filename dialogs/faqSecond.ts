import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { arrangementBeside, secondFollowUp, secondQuestionTopic } from '../domain/knowledge/secondQuestion';
import type { TopicId } from '../domain/knowledge/topics';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { leadText } from './faqAnswer';
import { text, turnLocale } from './turn';

const ARRANGE = 'action:payment_arrangement';

/** What a message asks beside the question answered (see secondQuestion.ts). */
export interface Beside {
  /** "Kan ik met iDEAL betalen en hoe lang heb ik?": a second topic, answered in full after the first. */
  second?: TopicId;
  /** "… en hoe lang duurt dat?", "… en ook een betalingsregeling": a short text said after the answer. */
  after?: string;
  /** The choices after the answer (the arrangement first when it was asked for too). */
  choices: ReplyChoice[];
}

export function besideTheAnswer(
  step: WaterfallStepContext,
  deps: DialogDeps,
  topicId: TopicId,
  question: string | undefined,
  followUps: ReplyChoice[],
): Beside {
  if (!question) return { choices: followUps };
  const second = secondQuestionTopic(question, topicId);
  if (second) return { second, choices: followUps };
  // "… en hoe lang duurt dat?": the first answer's follow-up, said short after it.
  const leaning = secondFollowUp(question, topicId);
  if (leaning) return { after: leadText(deps, turnLocale(step.context), leaning), choices: followUps };
  // "… en ook een betalingsregeling": the arrangement offered after the answer.
  if (!arrangementBeside(question, topicId)) return { choices: followUps };
  const choices = followUps.some((c) => c.value === ARRANGE)
    ? followUps
    : [{ value: ARRANGE, title: text(step.context, deps, 'faq:alsoArrangementChoice') }, ...followUps];
  return { after: text(step.context, deps, 'faq:alsoArrangement'), choices };
}
