import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import { asksForPerson, declinesPerson } from '../domain/handoff/personRequest';
import { requestsFlow } from '../domain/knowledge/flowRequest';
import { isQuestion } from '../domain/knowledge/questionForm';
import { selectTopic } from '../domain/knowledge/selectTopic';
import type { IntentId } from '../domain/language/intents';
import { INTERRUPTION_THRESHOLD, NOT_INTERRUPTING } from '../domain/language/flowIntents';
import { asksWhyAsked } from '../domain/language/whyAsked';
import { endsConversation } from '../domain/language/conversationCues';
import { givesData, looksLikeAnAnswer } from '../domain/language/flowAnswerShape';
import { languageSwitchAsked } from '../domain/language/languageSwitchRequest';
import { sayStaffLanguageMidFlow } from './staffLanguageReply';
import { wantsToStop } from '../domain/language/stopRequest';
import { returnsToFlow, wantsBackToFlow } from '../domain/language/backToFlow';
import { PERSON_OFFER_DIALOG } from './personOfferDialog';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';
import { leaveFlow, leaveFlowForNoodstop, stopFlow } from './flowEndings';
import { askedLanguage, chooseLanguage } from './languageChoice';
import { repromptInMovedLanguage } from './languageMove';
import { answerUnavailableLanguage, leaveFlowForPersonOffer } from './otherLanguageNotice';
import type { FlowResult } from './flowRoutes';
import { answerQuestion } from './questionAnswering';
import type { TopicId } from '../domain/knowledge/topics';
import { keepFlowForQueue, resumeKeptFlow } from './queuedFlow';
import { keepQuestionForCallback, resumeKeptQuestion } from './questionKeptForCallback';
import { sayCapabilities } from './smallTalk';
import {
  answerCourtesy,
  answerSideRemark,
  answerUnsureQuestion,
  type FlowAtQuestion,
} from './flowSideRemarks';
import { say, text, turnLocale, turnRecognition } from './turn';

/** Flows a citizen may switch to mid-flow by asking for them. */
const SWITCHABLE: ReadonlySet<IntentId> = new Set(['fine_status', 'payment_arrangement']);

/**
 * Base of every flow dialog: mid-flow, `help` and any knowledge-base question are answered and the
 * flow re-asks its question; `cancel` ends the flow; a request for a person ends it with
 * `{ handoff: true }` for the router. Everything else goes to the flow's current step.
 */
export class InterruptibleDialog extends ComponentDialog {
  constructor(
    dialogId: string,
    protected readonly deps: DialogDeps,
  ) {
    super(dialogId);
  }

  /**
   * A question in another language mid-flow ("what if I get another fine later?" in a Polish flow)
   * moved the conversation to it: after the answer, the flow's question is asked again in that
   * language (the flow starts again in it, keeping what was given), not in the old one.
   */
  override createChildContext(outerDc: DialogContext): DialogContext {
    const innerDc = super.createChildContext(outerDc);
    return repromptInMovedLanguage(innerDc, async () => {
      const options = this.optionsAfterLanguageChange(innerDc);
      await innerDc.cancelAllDialogs();
      await innerDc.beginDialog(this.initialDialogId!, options);
    });
  }

  /** "Nee, ga maar verder" to the call back offered for a person: on at the question left (questionKeptForCallback.ts). */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const restart = { dialogId: this.initialDialogId!, options: () => this.optionsAfterLanguageChange(innerDc) };
    const resumed = await resumeKeptQuestion(innerDc, this.deps, this.currentFlow(innerDc), restart);
    return resumed ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted =
      (await resumeKeptFlow(innerDc)) ??
      (await this.emptyAnswer(innerDc)) ??
      (this.takesPersonRequests ? await leaveFlowForPersonOffer(innerDc, this.deps) : undefined) ??
      (await this.changeLanguage(innerDc)) ??
      (await this.switchFlow(innerDc)) ??
      (await this.interrupt(innerDc));
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  /**
   * An empty message, silence on the phone, only emoji, or only a photo or voice note while a question
   * is open: no answer yet, so the question again (not counted as an attempt), not "that is not a CJIB
   * number". A thumbs up or down is an answer.
   */
  private async emptyAnswer(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    const message = activity.text ?? '';
    if (activity.type !== 'message' || activity.value !== undefined || /[\p{L}\p{N}?]/u.test(message))
      return undefined;
    if ((await turnRecognition(innerDc.context, this.deps)).entities.yesNo !== undefined) return undefined;
    // A photo of the letter or a voice note (WhatsApp): it cannot be read here, not "no answer yet".
    const attached = (activity.attachments ?? []).length > 0;
    const key = attached ? 'common:fallback.attachmentMidFlow' : 'common:fallback.emptyMidFlow';
    await say(innerDc.context, this.deps, { text: text(innerDc.context, this.deps, key) });
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** Whether "ik wil een mens" or "call me back" mid-flow ends the flow for a person (not in the callback flow itself). */
  protected readonly takesPersonRequests: boolean = true;

  /** The options the flow's steps were started with (WaterfallDialog state), e.g. to start them again. */
  protected startOptions(innerDc: DialogContext): object | undefined {
    // The waterfall sits below the prompt it is waiting on: the active dialog is the last entry.
    const steps = innerDc.stack.find((entry) => entry.id === this.initialDialogId);
    return (steps?.state as { options?: object } | undefined)?.options;
  }

  /** The options to start the flow with again in the new language; a flow may add what was answered already. */
  protected optionsAfterLanguageChange(innerDc: DialogContext): object | undefined {
    return this.startOptions(innerDc);
  }

  /** Whether the question being asked is gone back to, rather than the flow started again, after a call back is declined. */
  protected keepsQuestion(_innerDc: DialogContext): boolean {
    return false;
  }

  /** The flow this dialog serves (the lookup, the arrangement), so a request for it is not a change of mind. */
  protected currentFlow(_innerDc: DialogContext): IntentId | undefined {
    return undefined;
  }

  /**
   * "Eigenlijk wil ik een betalingsregeling" while the lookup asks the postcode: the citizen changed
   * their mind. The flow ends with `{ next }` and the router starts the other one; a CJIB number
   * given stays known. Questions about the other flow are answered instead (see unsureQuestion).
   */
  private async switchFlow(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    if (context.activity.type !== 'message' || !context.activity.text?.trim()) return undefined;
    const recognition = await turnRecognition(context, this.deps);
    const wanted = recognition.intent;
    if (!SWITCHABLE.has(wanted) || recognition.score < INTERRUPTION_THRESHOLD) return undefined;
    if (wanted === this.currentFlow(innerDc) || looksLikeAnAnswer(recognition)) return undefined;
    if (!requestsFlow(wanted, recognition.text) || isQuestion(recognition.text)) return undefined;
    await innerDc.cancelAllDialogs();
    await say(context, this.deps, { text: text(context, this.deps, `common:switch.${wanted}`) });
    return { status: DialogTurnStatus.complete, result: { next: wanted } satisfies FlowResult };
  }

  /**
   * "Can we continue in English?" mid-flow: the language changes and the flow starts again in it
   * (the questions already asked were in the old language). What the citizen gave stays known: a
   * CJIB number mentioned, an identification.
   */
  private async changeLanguage(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    if (context.activity.type !== 'message' || !context.activity.text?.trim()) return undefined;
    const recognition = await turnRecognition(context, this.deps);
    // "A pracownik mówi po polsku?" mid-flow: what staff speak, then the flow's question (no switch).
    if (!asksForPerson(recognition.text) && (await sayStaffLanguageMidFlow(context, this.deps, recognition.text))) {
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    // "Ok, nu weer Nederlands graag" inside a longer message asks for it too (when it is another language).
    const inMessage = languageSwitchAsked(recognition.text);
    const wanted =
      askedLanguage(recognition, this.deps) ?? (inMessage !== turnLocale(context) ? inMessage : undefined);
    // "Türkçe var mı?" mid-flow: the four languages and a person instead (the flow's question stays open).
    if (!wanted && (await answerUnavailableLanguage(context, this.deps, recognition)))
      return Dialog.EndOfTurn;
    if (!wanted) return undefined;
    await chooseLanguage(context, this.deps, wanted);
    await say(context, this.deps, { text: text(context, this.deps, 'common:language.continued') });
    const options = this.optionsAfterLanguageChange(innerDc);
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(this.initialDialogId!, options);
  }

  /** Said before the goodbye when a citizen leaves mid-flow: what was not done (e.g. a request not sent). */
  protected unsentNote(): string | undefined {
    return undefined;
  }

  /** A knowledge topic asked mid-flow as this flow reads it (the arrangement: an appeal instead of it). */
  protected topicInFlow(topicId: TopicId): TopicId {
    return topicId;
  }

  /** A flow's own exceptions: a message that would interrupt elsewhere but answers this flow's current question. */
  protected isAnswer(_innerDc: DialogContext, _recognition: Recognition): boolean | Promise<boolean> {
    return false;
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    if (context.activity.type !== 'message' || !context.activity.text?.trim()) return undefined;
    const recognition = await turnRecognition(context, this.deps);
    if (recognition.intent === 'goodbye' && recognition.score >= INTERRUPTION_THRESHOLD)
      return this.goodbye(innerDc, recognition);
    // "Thanks, that's all", "ok bedankt, doei" while a number is asked: leaving, not a wrong number.
    if (endsConversation(recognition.text) && !givesData(recognition))
      return this.goodbye(innerDc, recognition);
    // "Laat maar zitten", "vergiss es", "nie chcę już": stop, whatever the recogniser makes of it.
    if (wantsToStop(recognition.text)) return stopFlow(innerDc, this.deps);
    // "Ok, terug naar de regeling" after an answer mid-flow: the open question again (its "ok" is no yes).
    // A person offered in the flow takes it as its own no (PersonOfferDialog goes back to the schedule),
    // whatever the recogniser makes of it ("cancel").
    if (wantsBackToFlow(recognition.text) && !givesData(recognition)) {
      if (innerDc.activeDialog?.id === PERSON_OFFER_DIALOG) return undefined;
      if (returnsToFlow(recognition.text)) {
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
    }
    // "Echt iemand graag", "kan iemand mij bellen?" mid-flow: the citizen asking is a handoff trigger,
    // as at the start, whatever the intent model makes of the rest (the callback out of office hours).
    if (
      this.takesPersonRequests &&
      asksForPerson(recognition.text, { duringQuestion: true }) &&
      // "Echt iemand graag" carries a yes, but no data: a request, not an answer ("bel me op 06…" is one).
      !givesData(recognition) &&
      !(await this.isAnswer(innerDc, recognition))
    ) {
      return this.handOff(innerDc);
    }
    const side = await answerSideRemark(
      innerDc,
      this.deps,
      recognition,
      this.atQuestion(innerDc, recognition),
    );
    if (side) return side;
    // "Waarom moet ik dat geven?": a question about the flow's own question, which its prompt explains.
    if (asksWhyAsked(recognition.text)) return undefined;
    if (recognition.score < INTERRUPTION_THRESHOLD || NOT_INTERRUPTING.has(recognition.intent))
      return (
        (await answerUnsureQuestion(
          innerDc,
          this.deps,
          recognition,
          this.atQuestion(innerDc, recognition),
        )) ?? (await answerCourtesy(innerDc, this.deps, recognition, this.atQuestion(innerDc, recognition)))
      );
    if (looksLikeAnAnswer(recognition) || (await this.isAnswer(innerDc, recognition))) return undefined;
    if (recognition.intent === 'cannot_pay') {
      const selection = selectTopic('cannot_pay', recognition.text, recognition.entities);
      if (selection.kind === 'topic' && selection.topicId === 'noodstop')
        return leaveFlowForNoodstop(innerDc, this.deps);
    }

    switch (recognition.intent) {
      case 'cancel':
        return stopFlow(innerDc, this.deps);
      case 'human_agent':
        // "Ik wil geen medewerker, gewoon verder": no request for one; the flow's question goes on.
        if (declinesPerson(recognition.text)) return undefined;
        return this.handOff(innerDc);
      case 'help':
        // No menu: the flow's question comes next, and on SMS or the phone a "3" would answer that.
        await sayCapabilities(context, this.deps, 'common:help.text', { withChoices: false });
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      default:
        if (!(await answerQuestion(context, this.deps, recognition, (t) => this.topicInFlow(t))))
          return undefined;
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
    }
  }

  /**
   * A person asked for mid-flow: the flow ends for the handoff, naming itself, so that "nee laat maar,
   * ga maar verder" to the call-back offer starts it again (the CJIB number given is remembered).
   */
  private async handOff(innerDc: DialogContext): Promise<DialogTurnResult> {
    const resume = this.currentFlow(innerDc);
    // Kept for the queue: the citizen who stops waiting goes on at this question.
    await keepFlowForQueue(innerDc, this.deps);
    // And for a call back offered instead, which can be declined to go on.
    await keepQuestionForCallback(innerDc, this.deps, this.keepsQuestion(innerDc) ? resume : undefined);
    await innerDc.cancelAllDialogs();
    return { status: DialogTurnStatus.complete, result: { handoff: true, resume } satisfies FlowResult };
  }

  /** A short 'nee, doei' still answers the question; otherwise the citizen is leaving. */
  private async goodbye(
    innerDc: DialogContext,
    recognition: Recognition,
  ): Promise<DialogTurnResult | undefined> {
    if (looksLikeAnAnswer(recognition) || (await this.isAnswer(innerDc, recognition))) return undefined;
    return leaveFlow(innerDc, this.deps, this.unsentNote());
  }

  /** This flow at its current question, for the side remarks (flowSideRemarks.ts). */
  private atQuestion(innerDc: DialogContext, recognition: Recognition): FlowAtQuestion {
    return {
      takesPersonRequests: this.takesPersonRequests,
      isAnswer: async () => this.isAnswer(innerDc, recognition),
    };
  }
}
