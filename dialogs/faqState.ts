import type { DialogContext, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TopicSelection } from '../domain/knowledge/selectTopic';
import type { TopicId } from '../domain/knowledge/topics';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import type { ReplyChoice } from '../domain/ports/replyRenderer';

export const FAQ_DIALOG = 'faq';

/** What the dialog keeps between its steps (in the dialog state). */
export interface FaqValues {
  clarify?: ReplyChoice[];
  /** The citizen's question, when the topic was chosen from it (for a second question in it). */
  question?: string;
  topicId?: TopicId;
  offered?: ReplyChoice[];
  /** The same topic came again right after its answer (see FaqOptions.again). */
  again?: Again;
  /** The topics a caller just heard in their short version, told in full on "meer". */
  short?: TopicId[];
  /** Answer these topics in full (see FaqOptions.full). */
  full?: TopicId[];
  /** The question after the answer offers a person (yes: the handoff) instead of asking for a rating. */
  personOffer?: boolean;
  /** See FaqOptions.notByAssistant. */
  notByAssistant?: boolean;
  /** See FaqOptions.personQuestion. */
  personQuestion?: string;
  /** The message this answer was given to (a follow-up asking the same again is told apart by it). */
  answered?: string;
  /** See FaqOptions.lead. */
  lead?: string;
}

/**
 * The same topic right after its answer: a follow-up whose facts are in that answer ("hoeveel kost dat
 * dan?", "und wo?") hears it once more after a lead-in ('repeat'); the same question asked again is
 * pointed back to, with the follow-ups and a person ('point'). Never the same reply twice in a row.
 */
export type Again = 'repeat' | 'point';

/** The same topic once more after a lead-in ('repeat'), keeping the question it was first given to. */
export function repeatOptions(
  step: WaterfallStepContext,
  topicId: TopicId,
  again: Again = 'repeat',
): FaqOptions {
  return { topicId, again, question: valuesOf(step).question };
}

export function valuesOf(step: WaterfallStepContext): FaqValues {
  return step.values as FaqValues;
}
export const STEPS = 'faq.steps';

/** The topic of the FAQ dialog when it is the active dialog of `dc` (its waterfall's values), if one. */
export function activeFaqTopic(dc: DialogContext): TopicId | undefined {
  if (dc.activeDialog?.id !== FAQ_DIALOG) return undefined;
  const inner = dc.activeDialog.state as {
    dialogs?: { dialogStack?: { id: string; state?: { values?: FaqValues } }[] };
  };
  return inner.dialogs?.dialogStack?.find((entry) => entry.id === STEPS)?.state?.values?.topicId;
}
export const YES = 'yes';
export const NO = 'no';

/** Start with a topic (a follow-up or a clarifying choice), or with the router's recognition of the question. */
export interface FaqOptions {
  topicId?: TopicId;
  /** The router's routeKnowledge result, when it already chose. */
  selection?: TopicSelection;
  recognition?: Recognition;
  intent?: IntentId;
  /** Internal: the clarifying choices were just offered again; wait for the pick. */
  clarify?: ReplyChoice[];
  /** Internal: the same topic again right after its answer (see Again). */
  again?: Again;
  /** Internal: "meer" after short spoken answers: these topics in full, then "did this help?" again. */
  full?: TopicId[];
  /** Internal: "kan dat via jou?" after the noodstop: no (staff request it), and a person offered. */
  notByAssistant?: boolean;
  /**
   * Internal: no answer again but this question (a locale key) offering a person: "nee, dit helpt niet"
   * (sorry), or a follow-up the answer does not hold.
   */
  personQuestion?: string;
  /** Internal: a short answer worked out for this follow-up ("en op zaterdag?"), said instead of the topic's answer. */
  lead?: string;
  /** Internal: the question the answer given again was first given to (its short answer comes again too). */
  question?: string;
}

/**
 * What the FAQ dialog hands back to the router (same shape as the router's FlowResult):
 * `reroute` — the message was not an answer to "did this help?", route it afresh;
 * `handoff` — the citizen picked "talk to a person"; `next` — the citizen picked a flow follow-up.
 */
export interface FaqResult {
  reroute?: boolean;
  handoff?: boolean;
  next?: Extract<IntentId, 'fine_status' | 'payment_arrangement'>;
}
