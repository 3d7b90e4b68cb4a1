import {
  ComponentDialog,
  Dialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { IntentId } from '../domain/language/intents';
import { acceptsOffer } from '../domain/language/offerAcceptance';
import { followUpTopic, refersBack } from '../domain/knowledge/followUpTopic';
import { secondQuestionTopic } from '../domain/knowledge/secondQuestion';
import { selectTopic, type TopicSelection } from '../domain/knowledge/selectTopic';
import { type FlowAction, parseFlowAction, parseTopicValue, type TopicId } from '../domain/knowledge/topics';
import type { Recognition } from '../domain/ports/recognizer';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import { pickChoice } from './choiceReply';
import type { DialogDeps } from './dialogDeps';
import { answerTopic, topicChoice, topicFollowUps } from './faqAnswer';
import { bareYesNo, NO_CONTENT_AFTER_NO, offeredChoices } from './offerAnswer';
import { sayCapabilities } from './smallTalk';
import { say, turnChannel, turnLocale, turnRecognition } from './turn';

export { answerTopic } from './faqAnswer';

export const FAQ_DIALOG = 'faq';

/** What the dialog keeps between its steps (in the dialog state). */
interface FaqValues {
  clarify?: ReplyChoice[];
  /** The citizen's question, when the topic was chosen from it (for a second question in it). */
  question?: string;
  topicId?: TopicId;
  offered?: ReplyChoice[];
}

function valuesOf(step: WaterfallStepContext): FaqValues {
  return step.values as FaqValues;
}
const STEPS = 'faq.steps';
const YES = 'yes';
const NO = 'no';

/** Start with a topic (a follow-up or a clarifying choice), or with the router's recognition of the question. */
export interface FaqOptions {
  topicId?: TopicId;
  /** The router's routeKnowledge result, when it already chose. */
  selection?: TopicSelection;
  recognition?: Recognition;
  intent?: IntentId;
  /** Internal: the clarifying choices were just offered again; wait for the pick. */
  clarify?: ReplyChoice[];
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

/**
 * Answers a question from the knowledge base (asking one short clarifying question when two or three
 * topics fit equally), then asks "did this help?" with the topic's follow-ups as further choices. The
 * rating is stored with the topic id only. Anything else the citizen types ends the dialog with
 * `{ reroute: true }`, so the router handles that message as new.
 */
export class FaqDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FAQ_DIALOG);
    this.addDialog(
      new WaterfallDialog(STEPS, [this.select.bind(this), this.answer.bind(this), this.rated.bind(this)]),
    );
    this.initialDialogId = STEPS;
  }

  private async select(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as FaqOptions;
    if (options.topicId) return step.next(options.topicId);
    if (options.clarify) {
      valuesOf(step).clarify = options.clarify;
      return Dialog.EndOfTurn;
    }
    const recognition = options.recognition ?? (await turnRecognition(step.context, this.deps));
    const selection =
      options.selection ??
      selectTopic(options.intent ?? recognition.intent, recognition.text, recognition.entities);
    if (selection.kind === 'topic') {
      valuesOf(step).question = recognition.text;
      return step.next(selection.topicId);
    }
    if (selection.kind === 'none') {
      await sayCapabilities(step.context, this.deps, 'common:help.text');
      return step.endDialog({} satisfies FaqResult);
    }
    const locale = turnLocale(step.context);
    const offered = selection.choices.map((id) => topicChoice(this.deps.localizer, locale, id));
    valuesOf(step).clarify = offered;
    await say(step.context, this.deps, {
      text: this.deps.localizer.t(locale, 'faq:clarify.question'),
      choices: offered,
      expectsInput: true,
    });
    return Dialog.EndOfTurn;
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { clarify } = valuesOf(step);
    const topicId = clarify
      ? parseTopicValue(pickChoice(step.context.activity.text, clarify)?.value)
      : (step.result as TopicId);
    if (!topicId && clarify) return this.bareAnswerToClarify(step, clarify);
    if (!topicId) return step.endDialog({ reroute: true } satisfies FaqResult);

    const followUps = topicFollowUps(this.deps.localizer, turnLocale(step.context), topicId);
    // "Kan ik met iDEAL betalen en hoe lang heb ik?": the second question is answered too.
    const { question } = valuesOf(step);
    const second = question ? secondQuestionTopic(question, topicId) : undefined;
    if (!this.deps.feedback) {
      await answerTopic(step.context, this.deps, topicId, { followUps: !second });
      if (second) await answerTopic(step.context, this.deps, second);
      return step.endDialog({} satisfies FaqResult);
    }
    await answerTopic(step.context, this.deps, topicId, { followUps: false });
    if (second) await answerTopic(step.context, this.deps, second, { followUps: false });
    const t = (key: string): string => this.deps.localizer.t(turnLocale(step.context), key);
    const offered: ReplyChoice[] = [
      { value: YES, title: t('faq:feedback.yes') },
      { value: NO, title: t('faq:feedback.no') },
      ...followUps,
    ];
    Object.assign(valuesOf(step), { topicId, offered } satisfies FaqValues);
    await say(step.context, this.deps, {
      text: t('faq:feedback.question'),
      choices: offered,
      expectsInput: true,
    });
    return Dialog.EndOfTurn;
  }

  /** "ja" to "which topic?" asks again with the same choices; "nee" asks for the question in other words. */
  private async bareAnswerToClarify(
    step: WaterfallStepContext,
    clarify: ReplyChoice[],
  ): Promise<DialogTurnResult> {
    const recognition = await turnRecognition(step.context, this.deps);
    const { yesNo } = recognition.entities;
    const bare = yesNo !== undefined && recognition.text.trim().split(/\s+/).length <= 6;
    if (!bare || (recognition.intent !== 'none' && recognition.score >= this.deps.confidenceThreshold))
      return step.endDialog({ reroute: true } satisfies FaqResult);
    const t = (key: string): string => this.deps.localizer.t(turnLocale(step.context), key);
    if (!yesNo) {
      await say(step.context, this.deps, { text: t('common:offer.other'), expectsInput: true });
      return step.endDialog({} satisfies FaqResult);
    }
    await say(step.context, this.deps, {
      text: t('common:offer.which'),
      choices: clarify,
      expectsInput: true,
    });
    return step.replaceDialog(STEPS, { clarify } satisfies FaqOptions);
  }

  private async rated(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const offered = valuesOf(step).offered ?? [];
    const text = step.context.activity.text;
    let picked = pickChoice(text, offered);
    if (!picked && (text ?? '').trim().split(/\s+/).length <= 3) {
      // "Nie mam pieniędzy", "nee, ik wil een medewerker": a message of its own, not a rating.
      const yesNo = bareYesNo(await turnRecognition(step.context, this.deps), this.deps, NO_CONTENT_AFTER_NO);
      if (yesNo !== undefined) picked = offered[yesNo ? 0 : 1];
    }
    if (!picked) {
      // "Wat kost dat?", "and if I don't?": a short question about the answer just given, which the
      // recogniser cannot place on its own (one it can place, like "hoe lang duurt het beroep?", is routed).
      // "En dan?", "muss ich in der Zwischenzeit zahlen?" lean on the answer whatever the recogniser says.
      const recognition = await turnRecognition(step.context, this.deps);
      const placed = recognition.intent !== 'none' && recognition.score >= this.deps.confidenceThreshold;
      const next =
        placed && !refersBack(text ?? '') ? undefined : followUpTopic(valuesOf(step).topicId, text ?? '');
      if (next) return step.replaceDialog(STEPS, { topicId: next } satisfies FaqOptions);
      return step.endDialog({ reroute: true } satisfies FaqResult);
    }

    if (picked.value === YES || picked.value === NO) {
      const helpful = picked.value === YES;
      const { channelId, locale } = turnChannel(step.context);
      const topicId = valuesOf(step).topicId as TopicId;
      await this.deps.feedback?.record({ topicId, helpful, locale, channelId, at: this.deps.clock.now() });
      // "Ja graag" accepts what the answer offered (look up, apply, a person): ask which, as choices.
      const actions = offered.map((c) => parseFlowAction(c.value)).filter((a) => a !== undefined);
      if (helpful && actions.length && acceptsOffer(text ?? '')) {
        if (actions.length === 1) return this.startAction(step, actions[0]);
        const intents = actions.map((a) => a.slice('action:'.length) as IntentId);
        const data = await this.deps.state.conversation.get(step.context, {});
        data.pendingClarification = intents;
        await say(step.context, this.deps, {
          text: this.deps.localizer.t(locale, 'faq:feedback.thanksWhatNext'),
          choices: offeredChoices(step.context, this.deps, intents),
          expectsInput: true,
        });
        return step.endDialog({} satisfies FaqResult);
      }
      const key = helpful ? 'faq:feedback.thanks' : 'faq:feedback.sorry';
      await say(step.context, this.deps, { text: this.deps.localizer.t(locale, key) });
      return step.endDialog({} satisfies FaqResult);
    }
    const topicId = parseTopicValue(picked.value);
    if (topicId) return step.replaceDialog(FAQ_DIALOG, { topicId } satisfies FaqOptions);
    return this.startAction(step, parseFlowAction(picked.value));
  }

  /** A follow-up that starts a flow or asks for a person, handed to the router. */
  private async startAction(
    step: WaterfallStepContext,
    action: FlowAction | undefined,
  ): Promise<DialogTurnResult> {
    if (action === 'action:human_agent') return step.endDialog({ handoff: true } satisfies FaqResult);
    if (action === 'action:fine_status')
      return step.endDialog({ reroute: true, next: 'fine_status' } satisfies FaqResult);
    if (action === 'action:payment_arrangement') {
      return step.endDialog({ reroute: true, next: 'payment_arrangement' } satisfies FaqResult);
    }
    return step.endDialog({ reroute: true } satisfies FaqResult);
  }
}
