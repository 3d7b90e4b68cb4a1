import type { TurnContext } from 'botbuilder';
import {
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { HandoffReason, HandoffSummary } from '../domain/handoff/handoffCase';
import { prefersChatToCall } from '../domain/handoff/chatInsteadOfCall';
import { willCallThemselves } from '../domain/handoff/callsThemselves';
import { asksForPerson } from '../domain/handoff/personRequest';
import { asksWhenOpen } from '../domain/handoff/openingQuestion';
import { namedPartOfDay, namesATime, partInsteadOfNumber } from '../domain/handoff/partOfDay';
import { endsConversation } from '../domain/language/conversationCues';
import { saysDontKnow } from '../domain/language/dontKnow';
import { asksHowLongItTakes } from '../domain/language/howLongQuestion';
import { foldDiacritics } from '../domain/language/normalizeText';
import { refersToOwnNumber } from '../domain/language/ownNumberReference';
import type { IntentId } from '../domain/language/intents';
import { extractYesNo } from '../domain/language/yesNo';
import type { PartOfDay } from '../domain/ports/callbackStore';
import type { Recognition } from '../domain/ports/recognizer';
import { pickChoice } from './choiceReply';
import { fileCallback, staffIn } from './callbackFiling';
import { callbackOfferPrompt, callbackYesNo } from './callbackOffer';
import { phoneOfAnswer } from './callerNumber';
import {
  askPhoneKey,
  asksWhenCalled,
  partChoices,
  partOf,
  partPrompt,
  phonePrompt,
  renderCallbackText,
} from './callbackPrompts';
import type { DialogDeps } from './dialogDeps';
import { InterruptibleDialog } from './interruptibleDialog';
import type { FlowResult } from './mainDialog';
import { withNextOpening } from './openingTimes';
import { goOnAtKeptQuestion } from './questionKeptForCallback';
import { say, text } from './turn';

export const CALLBACK_DIALOG = 'handoff.callback';
const STEPS = 'callback.steps';
const ANSWER = 'callback.answer';
const PHONE = 'callback.phone';
const PART = 'callback.part';
/** "Misschien", "maybe", "vielleicht", "może": unsure about the offer. */
const UNSURE =
  /^(misschien|weet niet|maybe|perhaps|not sure|vielleicht|weiss nicht|moze|byc moze|nie wiem)\b/;

export interface CallbackOptions {
  reason: HandoffReason;
  summary: HandoffSummary;
  /** Set when the flow starts again in another language: the offer was accepted (and the number or time given). */
  accepted?: { phone?: string; part?: PartOfDay };
  /** The flow the citizen left for a person: "nee, ga maar verder" at the offer goes on with it. */
  resume?: IntentId;
  /**
   * Set when the offer is asked once more: the citizen asked when we call or are open, was unsure, or
   * cannot take a call ("geen beltegoed, kan het via whatsapp?").
   */
  again?: 'timing' | 'unsure' | 'opening' | 'chat';
  /** "Mag ik iemand bellen?": how to phone is said first, then the call back offered (also in office hours). */
  phoneAsked?: boolean;
}

interface CallbackValues extends CallbackOptions {
  phone?: string;
  /** "Tomorrow morning", "morgenochtend graag" as the answer to the offer: a yes with the part of the day. */
  part?: PartOfDay;
}

/**
 * Outside office hours: offers a call back instead of the queue, asks a phone number and the
 * preferred part of the day, and stores the request for staff (the number is never logged).
 */
export class CallbackDialog extends InterruptibleDialog {
  /** "Bel me terug op …" here answers the callback's own questions; a person is what this flow arranges. */
  protected override readonly takesPersonRequests = false;

  constructor(deps: DialogDeps) {
    super(CALLBACK_DIALOG, deps);
    this.addDialog(new TextPrompt(ANSWER));
    this.addDialog(phonePrompt(PHONE, deps));
    this.addDialog(partPrompt(PART, deps));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.offer.bind(this),
        this.askPhone.bind(this),
        this.askPart.bind(this),
        this.save.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /**
   * "Nee laat maar, ga maar verder" at the offer, after leaving a flow for a person: a no to the call
   * back, not a stop of everything; the flow starts again with what was given (before the stop
   * words and the recogniser's cancel could end it).
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const options = this.startOptions(innerDc) as CallbackOptions | undefined;
    const said = innerDc.context.activity.text ?? '';
    if (
      innerDc.activeDialog?.id === ANSWER &&
      options?.resume &&
      extractYesNo(said) === false &&
      !prefersChatToCall(said)
    ) {
      await innerDc.cancelAllDialogs();
      return this.goOn(innerDc.context, options.resume);
    }
    // "Thanks, bye" once the number is given and the time is asked: the call back is not lost; it is
    // noted for the first part of the day staff call, and said so.
    const values = this.stepValues(innerDc);
    if (innerDc.activeDialog?.id === PART && values?.phone && endsConversation(said)) {
      await fileCallback(
        innerDc.context,
        this.deps,
        values,
        values.part ?? 'morning',
        'handoff:callback.confirmedBye',
      );
      await innerDc.cancelAllDialogs();
      return { status: DialogTurnStatus.complete, result: {} satisfies FlowResult };
    }
    // "Morgenochtend graag" when the number is asked: the time is kept (not asked later), the number asked again.
    const part = innerDc.activeDialog?.id === PHONE ? partInsteadOfNumber(said) : undefined;
    if (part) {
      if (values) {
        values.part = part;
        const partName = text(innerDc.context, this.deps, `handoff:callback.partName.${part}`);
        await say(innerDc.context, this.deps, {
          text: text(innerDc.context, this.deps, 'handoff:callback.partKept', { part: partName }),
          expectsInput: true,
        });
        return Dialog.EndOfTurn;
      }
    }
    return super.onContinueDialog(innerDc);
  }

  /** The values the waterfall collected so far (the number, the part of the day). */
  private stepValues(innerDc: DialogContext): CallbackValues | undefined {
    const steps = innerDc.stack.find((entry) => entry.id === STEPS);
    return (steps?.state as { values?: CallbackValues } | undefined)?.values;
  }

  /** No call back after all: on with the flow the citizen was in, at the question it was at when it keeps one. */
  private async goOn(context: TurnContext, resume: IntentId): Promise<DialogTurnResult> {
    goOnAtKeptQuestion(context);
    await say(context, this.deps, { text: text(context, this.deps, 'handoff:callback.declinedResume') });
    return { status: DialogTurnStatus.complete, result: { next: resume } satisfies FlowResult };
  }

  /** 'In the afternoon', 'am Nachmittag' read like greetings to the recogniser, but answer the part of the day. */
  protected override isAnswer(innerDc: DialogContext, recognition: Recognition): boolean {
    const asking = innerDc.activeDialog?.id;
    if ((asking === PHONE || asking === PART) && asksWhenCalled(recognition.text)) return true;
    // "Morgen", "evening" at the part of the day: when staff call is told, not "Hallo!".
    if (asking === PART && namesATime(recognition.text)) return true;
    // "Dit nummer" (the one calling): an answer, not a question about a number on a letter.
    if (asking === PHONE && refersToOwnNumber(recognition.text)) return true;
    // At the offer, "hoe lang duurt het?" is about the callback, "weet ik niet" about the offer itself.
    if (innerDc.activeDialog?.id === ANSWER) {
      const { text: said } = recognition;
      if (
        asksWhenCalled(said) ||
        asksWhenOpen(said) ||
        asksHowLongItTakes(said) ||
        saysDontKnow(said) ||
        UNSURE.test(foldDiacritics(said)) ||
        prefersChatToCall(said) ||
        willCallThemselves(said) ||
        // "Ja bel me maar terug", "yes please call me": the yes to this offer, not a new request for a person.
        (extractYesNo(said) !== undefined && asksForPerson(said))
      )
        return true;
    }
    return partOf(innerDc.context, this.deps, recognition.text) !== undefined;
  }

  /**
   * "Can we do this in English?" at the phone-number or time question: the flow starts again in
   * English at the question it was at, not with the offer the citizen already said yes to.
   */
  protected override optionsAfterLanguageChange(innerDc: DialogContext): object | undefined {
    const options = this.startOptions(innerDc) as CallbackOptions | undefined;
    const asking = innerDc.activeDialog?.id;
    if (!options || (asking !== PHONE && asking !== PART)) return options;
    const values = this.stepValues(innerDc);
    const phone = asking === PART ? values?.phone : undefined;
    return { ...options, accepted: { phone, part: values?.part } } satisfies CallbackOptions;
  }

  private async offer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    Object.assign(step.values, step.options as CallbackOptions);
    // Started again in another language after the yes: on to the number (or, when given, the time).
    const accepted = (step.options as CallbackOptions).accepted;
    if (accepted?.part) (step.values as CallbackValues).part = accepted.part;
    if (accepted) return step.next(accepted.phone ?? 'yes');
    const prompt = await callbackOfferPrompt(step.context, this.deps, step.options as CallbackOptions);
    return step.prompt(ANSWER, { prompt });
  }

  private async askPhone(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = String(step.result ?? '');
    const picked = pickChoice(answer, callbackYesNo(step.context, this.deps))?.value;
    // A number given straight away ('ja, 06 12345678', or only the number) answers the offer and the next question.
    if (!picked && phoneOfAnswer(step.context, answer)) return step.next(answer);
    // "Ok dan bel ik morgen wel": the citizen phones the CJIB themselves, a no whatever "ok" it starts with.
    const callsSelf = !picked && willCallThemselves(answer);
    const unsure = !picked && !callsSelf && (saysDontKnow(answer) || UNSURE.test(foldDiacritics(answer)));
    const options = step.options as CallbackOptions;
    if (!picked && options.again !== 'chat' && prefersChatToCall(answer))
      return step.replaceDialog(STEPS, { ...options, again: 'chat' } satisfies CallbackOptions);
    // "Weet ik niet", "nie wiem", "misschien": what each answer means and the offer once more; unsure
    // again, and nothing is arranged (the citizen can ask for a person at any time).
    if (unsure && !options.again)
      return step.replaceDialog(STEPS, { ...options, again: 'unsure' } satisfies CallbackOptions);
    // "Tomorrow morning", "morgenochtend graag": a yes, and when to call (not asked again).
    const part = picked === 'no' ? undefined : namedPartOfDay(answer);
    const yes = unsure
      ? false
      : picked
        ? picked === 'yes'
        : callsSelf
          ? false
          : (extractYesNo(answer) ?? (part ? true : undefined));
    if (yes === true && part) (step.values as CallbackValues).part = part;
    if (yes === false && options.resume) return this.goOn(step.context, options.resume);
    if (yes === false && options.phoneAsked && staffIn(this.deps)) {
      await say(step.context, this.deps, { text: text(step.context, this.deps, 'handoff:phone.declined') });
      return step.endDialog({} satisfies FlowResult);
    }
    if (yes === false) {
      await say(step.context, this.deps, {
        text: withNextOpening(
          step.context,
          this.deps,
          text(step.context, this.deps, 'handoff:callback.declined'),
        ),
      });
      return step.endDialog({} satisfies FlowResult);
    }
    // "Wanneer bellen jullie?" at the offer: when we call, and the offer once more (not "I do not understand").
    if (yes === undefined && !options.again && (asksWhenCalled(answer) || asksHowLongItTakes(answer)))
      return step.replaceDialog(STEPS, { ...options, again: 'timing' } satisfies CallbackOptions);
    if (yes === undefined && options.again !== 'opening' && asksWhenOpen(answer))
      return step.replaceDialog(STEPS, { ...options, again: 'opening' } satisfies CallbackOptions);
    // Not an answer to the offer: the router handles the message afresh.
    if (yes === undefined) return step.endDialog({ reroute: true } satisfies FlowResult);
    return step.prompt(PHONE, {
      prompt: renderCallbackText(step.context, this.deps, askPhoneKey(step.context), true),
    });
  }

  private async askPart(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const phone = phoneOfAnswer(step.context, String(step.result ?? ''));
    if (!phone) {
      await say(step.context, this.deps, { text: text(step.context, this.deps, 'handoff:callback.gaveUp') });
      return step.endDialog({} satisfies FlowResult);
    }
    (step.values as CallbackValues).phone = phone;
    // 'Call me on 06 12345678 in the afternoon': the part of the day is said already.
    const rest = String(step.result ?? '').replace(/[+\d][\d\s().-]*\d/g, ' ');
    if (partOf(step.context, this.deps, rest)) return step.next(rest);
    const part = (step.values as CallbackValues).part;
    if (part) return step.next(part);
    return step.prompt(PART, {
      prompt: renderCallbackText(
        step.context,
        this.deps,
        'handoff:callback.askPart',
        true,
        partChoices(step.context, this.deps),
      ),
    });
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const part: PartOfDay = partOf(context, this.deps, String(step.result ?? '')) ?? 'morning';
    await fileCallback(context, this.deps, step.values as CallbackValues, part, 'handoff:callback.confirmed');
    return step.endDialog({} satisfies FlowResult);
  }
}
