import {
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { passesCheckDigit } from '../domain/cjibNumber';
import { asksAboutAnotherFine } from '../domain/language/anotherFine';
import { digitsOnly } from '../domain/language/answerInParts';
import { numberNotAtHand } from '../domain/language/numberNotAtHand';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import type { Reply } from '../domain/ports/replyRenderer';
import { conversationLockKey, DebtorVerification } from './debtorVerification';
import type { DialogDeps } from './dialogDeps';
import { answersIdentifyQuestion } from './identifyAnswers';
import type { IdentifyOptions } from './identifyDebtorOptions';
import { continueKnownIdentity } from './identifyKnownIdentity';
import { validateNumberCheck } from './identifyNumberCheck';
import { validateCjibNumberAnswer } from './identifyNumberPrompt';
import { concludeIdentification, giveUpIdentification, withoutLetter } from './identifyOutcome';
import { validateLetterPostcode } from './identifyPostcodePrompt';
import {
  CHECK_PROMPT,
  CONFIRMED,
  GIVE_UP,
  NEW_NUMBER,
  NO_LETTER,
  NUMBER_PROMPT,
  POSTCODE_GIVEN_FIRST,
  POSTCODE_PROMPT,
  POSTCODE_UNKNOWN,
  STEPS,
  WRONG_NUMBER,
} from './identifyPrompts';
import { afterNumber, digitCorrectionAt, markAnotherNumber, noMatchReply, startWithHeard } from './identifyReadBack';
import { asksForArrangement, startsOverAt } from './identifyRestart';
import { numberCheckReply, promptActivity } from './identifyReplies';
import { InterruptibleDialog } from './interruptibleDialog';
import { switchToLetterSetAside } from './secondDebtor';
import { isSpeechTurn, say, text, turnRecognition } from './turn';

export type { IdentifyOptions, IdentifyResult } from './identifyDebtorOptions';

export const IDENTIFY_DEBTOR_DIALOG = 'identifyDebtor';

/** The purpose the identification was started with, kept when it asks again. */
function purposeOf(step: WaterfallStepContext): Pick<IdentifyOptions, 'purpose'> {
  const { purpose } = (step.options ?? {}) as IdentifyOptions;
  return purpose ? { purpose } : {};
}

interface Values {
  number?: string;
  postcode?: string;
  /** The number was given earlier in the conversation, not in the message that started this flow. */
  remembered?: boolean;
}

/**
 * Verifies who the citizen is before anything about their fines is said: a valid signed-in token
 * from the website, an identification earlier in this conversation, or the CJIB number of a letter
 * plus the postcode it was sent to (DebtorVerification has the rules: lock-out, no enumeration,
 * audit). Numbers given earlier are not asked again; a number failing the check digit is read back.
 */
export class IdentifyDebtorDialog extends InterruptibleDialog {
  private readonly verification: DebtorVerification;

  constructor(deps: DialogDeps) {
    super(IDENTIFY_DEBTOR_DIALOG, deps);
    this.verification = new DebtorVerification(deps);
    this.addDialog(new TextPrompt(NUMBER_PROMPT, (p) => validateCjibNumberAnswer(deps, p)));
    this.addDialog(new TextPrompt(CHECK_PROMPT, (p) => validateNumberCheck(deps, p)));
    this.addDialog(new TextPrompt(POSTCODE_PROMPT, (p) => validateLetterPostcode(deps, p)));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.start.bind(this),
        this.gotNumber.bind(this),
        this.checked.bind(this),
        this.gotPostcode.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /** "Mijn BSN is …", "1000 Brussel", "die Nummer war falsch": answers to its questions, not interruptions. */
  protected override isAnswer(innerDc: DialogContext, recognition: Recognition): boolean {
    return answersIdentifyQuestion(innerDc, recognition);
  }

  /**
   * Whether a message answers the question this dialog is asking, for a flow that runs it inside
   * its own (the arrangement): that flow's interruptions come first and would otherwise take
   * "can I use my licence plate?" for a question to the knowledge base.
   */
  answersCurrentQuestion(innerDc: DialogContext, recognition: Recognition): boolean {
    return this.isAnswer(innerDc, recognition);
  }

  /**
   * "Can I pay it in instalments?" while the lookup asks the number or postcode: yes, right after;
   * the identification goes on and is then for the arrangement (a request to switch is the base's).
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const asking = innerDc.activeDialog?.id;
    const steps = innerDc.stack.find((instance) => instance.id === STEPS);
    const options = (steps?.state as { options?: IdentifyOptions } | undefined)?.options;
    if (
      options &&
      options.purpose !== 'arrangement' &&
      (asking === NUMBER_PROMPT || asking === POSTCODE_PROMPT) &&
      (await asksForArrangement(innerDc, this.deps))
    ) {
      options.purpose = 'arrangement';
      const next =
        asking === NUMBER_PROMPT ? 'lookup:thenArrangement.number' : 'lookup:thenArrangement.postcode';
      await say(innerDc.context, this.deps, {
        text: text(innerDc.context, this.deps, next),
        expectsInput: true,
      });
      return Dialog.EndOfTurn;
    }
    // "Het laatste cijfer is een acht, geen zes": the number heard, that digit corrected, taken again.
    const heard = options && digitCorrectionAt(innerDc);
    if (heard) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(STEPS, { purpose: options.purpose, heard } satisfies IdentifyOptions);
    }
    // "Sorry, ik begin opnieuw" halfway through the number: the number again, not the lookup stopped.
    if (options && startsOverAt(innerDc)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(STEPS, { purpose: options.purpose, ask: 'again' } satisfies IdentifyOptions);
    }
    return super.onContinueDialog(innerDc);
  }

  protected override currentFlow(innerDc: DialogContext): IntentId {
    const options = this.startOptions(innerDc) as IdentifyOptions | undefined;
    return options?.purpose === 'arrangement' ? 'payment_arrangement' : 'fine_status';
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const options = (step.options ?? {}) as IdentifyOptions;
    const data = await this.deps.state.conversation.get(context, {});
    data.lookupStarted = true;
    if (options.heard) return startWithHeard(step, options.heard);
    // A CJIB number of another letter than the ones shown ("ik heb nog een boete: …") is verified anew.
    const given = (options.recognition ?? (await turnRecognition(context, this.deps))).entities.cjibNumber;
    const startedWith = options.recognition ?? (await turnRecognition(context, this.deps));
    // The number of a letter of another person looked up earlier here: that identification again.
    switchToLetterSetAside(data, given);
    // "Ik heb nog een boete, van mijn vrouw": that one's letter, not the same overview again.
    const otherLetter =
      given === undefined && data.identified !== undefined && asksAboutAnotherFine(startedWith.text);
    const another =
      otherLetter ||
      (given !== undefined &&
        data.identified?.via === 'cjibNumber' &&
        !data.identified.cjibNumbers.includes(given));
    if (!options.ask && !another) {
      const known = await continueKnownIdentity(this.deps, this.verification, step);
      if (known) return known;
    }
    const until = await this.verification.lockedUntil([conversationLockKey(context)]);
    if (until) return concludeIdentification(this.deps, step, { kind: 'locked', until });
    if (!options.ask) {
      const recognition = options.recognition ?? (await turnRecognition(context, this.deps));
      const number = recognition.entities.cjibNumber ?? (otherLetter ? undefined : data.mentionedCjibNumber);
      if (number) {
        if (number === recognition.entities.cjibNumber)
          (step.values as Values).postcode = recognition.entities.postcode?.value;
        else (step.values as Values).remembered = true;
        return step.next(number);
      }
    }
    // "123456789012345" to start with: how many digits were heard, as at the question itself.
    const started = options.ask
      ? undefined
      : (options.recognition ?? (await turnRecognition(context, this.deps)));
    // (Only a number on its own or one long run of digits: not a date or a phone number in a sentence.)
    const numberLike =
      started !== undefined &&
      !started.entities.postcode &&
      (digitsOnly(started.text) !== undefined || /\d{9,}/.test(started.text));
    const heard = numberLike ? (started.entities.digits?.length ?? 0) : 0;
    if (heard >= 5 && heard !== 16) {
      return step.prompt(NUMBER_PROMPT, {
        prompt: promptActivity(context, this.deps, {
          text: text(context, this.deps, 'lookup:number.retryCount', { count: heard }),
          expectsInput: true,
        }),
      });
    }
    // "Mijn kenteken is GZ-123-K" to start with: not with a plate, and which number it takes.
    const plateGiven = !options.ask && started?.entities.licencePlate !== undefined;
    // "… maar ik heb mijn CJIB-nummer niet bij de hand": where it is; the question stays open.
    const notAtHand = started !== undefined && !plateGiven && numberNotAtHand(started.text);
    const key = notAtHand
      ? 'common:letterNumber.notAtHand'
      : plateGiven
        ? 'lookup:number.notPlate'
        : options.ask === 'again'
          ? 'lookup:number.again'
          : options.ask === 'retry'
            ? isSpeechTurn(context)
              ? 'lookup:number.askPart'
              : 'lookup:number.askAgain'
            : options.purpose === 'arrangement'
              ? 'lookup:number.askArrangement'
              : 'lookup:number.ask';
    const speech =
      options.ask || plateGiven || notAtHand
        ? undefined
        : text(context, this.deps, 'lookup:number.askSpeech');
    const ways = notAtHand ? ` ${text(context, this.deps, 'common:letterNumber.otherWays')}` : '';
    return step.prompt(NUMBER_PROMPT, {
      prompt: promptActivity(context, this.deps, {
        text: `${text(context, this.deps, key)}${ways}`,
        speech,
        expectsInput: true,
      }),
      validations: { triedNumber: options.ask === 'retry' ? options.triedNumber : undefined },
    });
  }

  private async gotNumber(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === GIVE_UP) return giveUpIdentification(this.deps, step);
    if (step.result === NO_LETTER) return withoutLetter(this.deps, step);
    const values = step.values as Values;
    values.number = step.result as string;
    // The postcode may come in the same answer as the number ("9698 9486 1458 0658, 8911 AB").
    const entities = (await turnRecognition(step.context, this.deps)).entities;
    if (entities.cjibNumber === values.number && entities.postcode)
      values.postcode ??= entities.postcode.value;
    values.postcode ??= step.context.turnState.get(POSTCODE_GIVEN_FIRST) as string | undefined;
    // "Mijn postcode is 8911 AB" as the first message: not asked again.
    values.postcode ??= (await this.deps.state.conversation.get(step.context, {})).mentionedPostcode;
    if (passesCheckDigit(values.number)) return step.next(CONFIRMED);
    return step.prompt(CHECK_PROMPT, {
      prompt: promptActivity(
        step.context,
        this.deps,
        numberCheckReply(step.context, this.deps, values.number),
      ),
    });
  }

  private async checked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const answer = step.result as string;
    if (answer === GIVE_UP) return giveUpIdentification(this.deps, step);
    if (answer === 'no')
      return step.replaceDialog(STEPS, { ...purposeOf(step), ask: 'again' } satisfies IdentifyOptions);
    if (answer !== CONFIRMED && answer !== 'yes') values.number = answer;
    // A postcode instead of yes or no: the number stands as read back, and this is its postcode.
    values.postcode ??= step.context.turnState.get(POSTCODE_GIVEN_FIRST) as string | undefined;
    // On the phone the number heard is read back (after a correction also when the postcode is known).
    const heard = values.remembered
      ? undefined
      : afterNumber(step, this.deps, values.number!, !!values.postcode, answer === 'yes');
    if (values.postcode) {
      if (heard) await say(step.context, this.deps, heard);
      return step.next(values.postcode);
    }
    // The thanks on its own: the question alone is what is asked again after an interruption.
    // A number from earlier in the conversation (before a "stop", another flow) is named instead:
    // the citizen did not just give it, and may want to give another one.
    const intro = values.remembered
      ? {
          text: text(step.context, this.deps, 'lookup:number.remembered', {
            ending: values.number!.slice(-4),
          }),
        }
      : heard!;
    await say(step.context, this.deps, intro);
    const ask: Reply = { text: text(step.context, this.deps, 'lookup:postcode.ask'), expectsInput: true };
    return step.prompt(POSTCODE_PROMPT, { prompt: promptActivity(step.context, this.deps, ask) });
  }

  private async gotPostcode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === GIVE_UP) return giveUpIdentification(this.deps, step, 'lookup:postcode.giveUp');
    // Still no postcode after hearing which one: not asked a third time; the ways without it.
    if (step.result === POSTCODE_UNKNOWN)
      return giveUpIdentification(this.deps, step, 'lookup:postcode.unknown');
    // "Nee wacht, het is 3338 …": start again with the number of this message (and a postcode in it).
    if (step.result === NEW_NUMBER) {
      await markAnotherNumber(step.context, this.deps, (step.values as Values).number);
      return step.replaceDialog(STEPS, purposeOf(step));
    }
    // "Sorry, verkeerd nummer": forget it and ask for the right one.
    if (step.result === WRONG_NUMBER) {
      const data = await this.deps.state.conversation.get(step.context, {});
      if (data.mentionedCjibNumber === (step.values as Values).number) data.mentionedCjibNumber = undefined;
      return step.replaceDialog(STEPS, { ...purposeOf(step), ask: 'again' } satisfies IdentifyOptions);
    }
    const number = (step.values as Values).number!;
    const verification = await this.verification.byLetter(step.context, number, step.result as string);
    const data = await this.deps.state.conversation.get(step.context, {});
    // The back office down: the details are kept, so "probeer het nog eens" tries them again.
    if (verification.kind === 'unavailable') {
      data.mentionedCjibNumber = number;
      data.mentionedPostcode = step.result as string;
      data.lookupOutage = purposeOf(step).purpose === 'arrangement' ? 'payment_arrangement' : 'fine_status';
    }
    if (verification.kind !== 'no_match') return concludeIdentification(this.deps, step, verification);
    if (data.mentionedCjibNumber === number) data.mentionedCjibNumber = undefined;
    // A postcode remembered from earlier did not match: the next try asks it.
    data.mentionedPostcode = undefined;
    // The same words whether the number is unknown or the postcode is wrong: nothing to learn from it.
    await say(step.context, this.deps, noMatchReply(step, this.deps, number, step.result as string));
    return step.replaceDialog(STEPS, {
      ...purposeOf(step),
      ask: 'retry',
      triedNumber: number,
      triedPostcode: step.result as string,
    } satisfies IdentifyOptions);
  }
}
