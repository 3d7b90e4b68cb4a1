import type { Activity, TurnContext } from 'botbuilder';
import {
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { asksToPayInInstalments } from '../domain/arrangement/arrangementWish';
import type { Claim } from '../domain/claims/claim';
import { looksLikePostcode, postcodeInAddress } from '../domain/claims/postcodeMatch';
import {
  formatCjibNumber,
  normaliseCjibNumber,
  passesCheckDigit,
  speakCjibNumber,
} from '../domain/cjibNumber';
import { formatMinutes } from '../domain/dates';
import { isQuestion } from '../domain/knowledge/questionForm';
import { saysDontKnow, saysNotUnderstood } from '../domain/language/dontKnow';
import { saysNumberWasWrong } from '../domain/language/numberCorrection';
import { asksHowLongItTakes } from '../domain/language/howLongQuestion';
import { digitsReadInPairs } from '../domain/language/numberInPairs';
import { cjibNumberWithLookalikes } from '../domain/claims/lookalikeDigits';
import { mentionsMovingHouse } from '../domain/claims/movedHouse';
import {
  digitsOnly,
  postcodeDigitsAlone,
  postcodeWithLetters,
  saysAbroad,
} from '../domain/language/answerInParts';
import { extractSpokenPostcode } from '../domain/language/spokenPostcode';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import type { Reply } from '../domain/ports/replyRenderer';
import { conversationLockKey, DebtorVerification, type Verification } from './debtorVerification';
import type { DialogDeps } from './dialogDeps';
import { InterruptibleDialog } from './interruptibleDialog';
import type { FlowResult } from './mainDialog';
import { signinTokenOf } from './signinToken';
import { say, text, turnChannel, turnLocale, turnRecognition } from './turn';

export const IDENTIFY_DEBTOR_DIALOG = 'identifyDebtor';
const STEPS = 'identifyDebtor.steps';
const NUMBER_PROMPT = 'identifyDebtor.number';
const CHECK_PROMPT = 'identifyDebtor.check';
const POSTCODE_PROMPT = 'identifyDebtor.postcode';

/** Unreadable answers to one question before a person is offered instead. */
const MAX_TRIES = 4;
const GIVE_UP = '\u0000give-up';
const CONFIRMED = '\u0000confirmed';
/** At the postcode question: this message gives another CJIB number, or says the number was wrong. */
const NEW_NUMBER = '\u0000new-number';
const WRONG_NUMBER = '\u0000wrong-number';

/** The purpose the identification was started with, kept when it asks again. */
function purposeOf(step: WaterfallStepContext): Pick<IdentifyOptions, 'purpose'> {
  const { purpose } = (step.options ?? {}) as IdentifyOptions;
  return purpose ? { purpose } : {};
}

/**
 * Asked for the CJIB number, exactly 16 digits in the answer are that number, however they were
 * grouped: "9698, 9486, 1458, 0658" (a speech-to-text comma between spoken groups) included.
 */
function sixteenDigitsAsked(recognition: Recognition): string | undefined {
  const digits = recognition.entities.digits ?? '';
  if (digits.length === 16) return digits;
  // "zesennegentig achtennegentig …": read out in pairs on the phone.
  const pairs = digitsReadInPairs(recognition.text);
  if (pairs.length === 16) return pairs;
  // "96989486I458O658": the letters O and I typed for 0 and 1.
  return cjibNumberWithLookalikes(recognition.text);
}

/**
 * How the citizen was verified, or why not. Interruptions end the dialog with the router's
 * FlowResult instead (`{ handoff: true }` for a person, `{ cancelled: true }` after "stop").
 */
export type IdentifyResult =
  | {
      status: 'identified';
      debtorId: string;
      claims: Claim[];
      via: 'signin' | 'cjibNumber';
      /** What the identification turned out to be for ("can I pay in instalments?" asked meanwhile). */
      purpose?: 'lookup' | 'arrangement';
    }
  | { status: 'failed' | 'locked' | 'cancelled' | 'unavailable' }
  | FlowResult;

export interface IdentifyOptions {
  /** The message that started the flow (a CJIB number in it is not asked again). */
  recognition?: Recognition;
  /** Internal: how to ask again after a failed attempt or a rejected number. */
  ask?: 'again' | 'retry';
  /** Internal: after no match, the number just tried ("sorry, het is 8911 AB" corrects only the postcode). */
  triedNumber?: string;
  /** What the identification is for, said when asking the number (default: looking up the fines). */
  purpose?: 'lookup' | 'arrangement';
}

/** The citizen service number named: not what the lookup needs, and better not given at all. */
function mentionsBsn(text: string): boolean {
  return /\b(bsn|burgerservicenummer|sofinummer|sofi-nummer|citizen service number)\b/i.test(text);
}

/** "Can I use my licence plate?", "mit dem Kennzeichen", "numer rejestracyjny": the plate named, not given. */
function mentionsPlate(text: string): boolean {
  return /\b(licen[cs]e plate|number plate|registration( number)?|kenteken|nummerbord|kennzeichen|nummernschild|numer rejestracyjny|numeru rejestracyjnego|tablic\w* rejestracyjn\w*)\b/i.test(
    text,
  );
}

/** Words from which a message is more than a postcode with its city or country. */
const POSTCODE_LINE_WORDS = 8;

/** "1000 Brussel", "47533 Kleve, Deutschland": a short statement with a group of 4 or 5 digits, no question or amount. */
function givesPostcodeWithPlace(recognition: Recognition): boolean {
  const { text } = recognition;
  return (
    /\b\d{4,5}\b/.test(text) &&
    !isQuestion(text) &&
    recognition.entities.amountCents === undefined &&
    text.trim().split(/\s+/).length <= POSTCODE_LINE_WORDS
  );
}

/** A postcode given before the number, handed from the number prompt to the step after it. */
const POSTCODE_GIVEN_FIRST = Symbol('identifyDebtor.postcodeGivenFirst');

/** What the number prompt remembers between attempts. */
interface NumberPromptState {
  /** Digits of an answer too short to be the number: the rest may follow in the next message. */
  partialDigits?: string;
  /** A postcode given instead of the number. */
  postcode?: string;
  /** Answers that were parts of the number: not counted as failed tries. */
  parts?: number;
}

/** What the postcode prompt remembers between attempts. */
interface PostcodePromptState {
  /** "8911" without its letters: kept while the letters (or the country) are asked. */
  digits?: string;
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
    this.addDialog(new TextPrompt(NUMBER_PROMPT, (p) => this.validateNumber(p)));
    this.addDialog(new TextPrompt(CHECK_PROMPT, (p) => this.validateCheck(p)));
    this.addDialog(new TextPrompt(POSTCODE_PROMPT, (p) => this.validatePostcode(p)));
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

  /** "Mijn BSN is …", "kenteken GZ-123-K" at the number question: answers to it, said to be the wrong number. */
  protected override isAnswer(innerDc: DialogContext, recognition: Recognition): boolean {
    const asking = innerDc.activeDialog?.id;
    // "Hoe lang duurt dat?" asks about the lookup itself, not about the payment deadline.
    if ((asking === NUMBER_PROMPT || asking === POSTCODE_PROMPT) && asksHowLongItTakes(recognition.text))
      return true;
    // "Moment, die Nummer war falsch" at "is the number correct?": a no, not a question about objecting.
    if (asking === CHECK_PROMPT) return saysNumberWasWrong(recognition.text);
    // "I live in Belgium" after the four digits of a postcode: its country, not a question about living abroad.
    if (asking === POSTCODE_PROMPT) {
      const prompt = innerDc.activeDialog?.state as { state?: PostcodePromptState } | undefined;
      if (prompt?.state?.digits !== undefined && saysAbroad(recognition.text)) return true;
      // "Ik ben verhuisd, welke postcode?": which postcode is meant, not a question about living abroad.
      if (mentionsMovingHouse(recognition.text)) return true;
      // "1000 Brussel", "ich wohne in 47533 Kleve": a postcode with its city, not a question about living abroad.
      return givesPostcodeWithPlace(recognition);
    }
    if (asking !== NUMBER_PROMPT) return false;
    return (
      mentionsBsn(recognition.text) ||
      recognition.entities.licencePlate !== undefined ||
      mentionsPlate(recognition.text)
    );
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
    const message = innerDc.context.activity.text ?? '';
    if (
      options &&
      options.purpose !== 'arrangement' &&
      (asking === NUMBER_PROMPT || asking === POSTCODE_PROMPT) &&
      isQuestion(message) &&
      asksToPayInInstalments(message)
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
    return super.onContinueDialog(innerDc);
  }

  /** "Hoe lang duurt dat?" at a question of the lookup: it is immediate, and the question again. */
  private async sayHowLong(context: TurnContext, question: string): Promise<void> {
    await say(context, this.deps, {
      text: `${text(context, this.deps, 'lookup:howLong')} ${text(context, this.deps, question)}`,
      expectsInput: true,
    });
  }

  protected override currentFlow(innerDc: DialogContext): IntentId {
    const options = this.startOptions(innerDc) as IdentifyOptions | undefined;
    return options?.purpose === 'arrangement' ? 'payment_arrangement' : 'fine_status';
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const options = (step.options ?? {}) as IdentifyOptions;
    const data = await this.deps.state.conversation.get(context, {});
    // A CJIB number of another letter than the ones shown ("ik heb nog een boete: …") is verified anew.
    const given = (options.recognition ?? (await turnRecognition(context, this.deps))).entities.cjibNumber;
    const another =
      given !== undefined &&
      data.identified?.via === 'cjibNumber' &&
      !data.identified.cjibNumbers.includes(given);
    if (!options.ask && !another) {
      const known = await this.knownIdentity(step);
      if (known) return known;
    }
    const until = await this.verification.lockedUntil([conversationLockKey(context)]);
    if (until) return this.conclude(step, { kind: 'locked', until });
    if (!options.ask) {
      const recognition = options.recognition ?? (await turnRecognition(context, this.deps));
      const number = recognition.entities.cjibNumber ?? data.mentionedCjibNumber;
      if (number) {
        if (number === recognition.entities.cjibNumber)
          (step.values as Values).postcode = recognition.entities.postcode?.value;
        else (step.values as Values).remembered = true;
        return step.next(number);
      }
    }
    const key =
      options.ask === 'again'
        ? 'lookup:number.again'
        : options.ask === 'retry'
          ? 'lookup:number.askAgain'
          : options.purpose === 'arrangement'
            ? 'lookup:number.askArrangement'
            : 'lookup:number.ask';
    const speech = options.ask ? undefined : text(context, this.deps, 'lookup:number.askSpeech');
    return step.prompt(NUMBER_PROMPT, {
      prompt: this.activity(context, { text: text(context, this.deps, key), speech, expectsInput: true }),
      validations: { triedNumber: options.ask === 'retry' ? options.triedNumber : undefined },
    });
  }

  private async gotNumber(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === GIVE_UP) return this.giveUp(step);
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
      prompt: this.activity(step.context, this.checkReply(step.context, values.number)),
    });
  }

  private async checked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const answer = step.result as string;
    if (answer === GIVE_UP) return this.giveUp(step);
    if (answer === 'no')
      return step.replaceDialog(STEPS, { ...purposeOf(step), ask: 'again' } satisfies IdentifyOptions);
    if (answer !== CONFIRMED && answer !== 'yes') values.number = answer;
    // A postcode instead of yes or no: the number stands as read back, and this is its postcode.
    values.postcode ??= step.context.turnState.get(POSTCODE_GIVEN_FIRST) as string | undefined;
    if (values.postcode) return step.next(values.postcode);
    // The thanks on its own: the question alone is what is asked again after an interruption.
    // A number from earlier in the conversation (before a "stop", another flow) is named instead:
    // the citizen did not just give it, and may want to give another one.
    const intro = values.remembered
      ? text(step.context, this.deps, 'lookup:number.remembered', { ending: values.number!.slice(-4) })
      : text(step.context, this.deps, 'lookup:postcode.thanks');
    await say(step.context, this.deps, { text: intro });
    const ask: Reply = { text: text(step.context, this.deps, 'lookup:postcode.ask'), expectsInput: true };
    return step.prompt(POSTCODE_PROMPT, { prompt: this.activity(step.context, ask) });
  }

  private async gotPostcode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === GIVE_UP) return this.giveUp(step, 'lookup:postcode.giveUp');
    // "Nee wacht, het is 3338 …": start again with the number of this message (and a postcode in it).
    if (step.result === NEW_NUMBER) return step.replaceDialog(STEPS, purposeOf(step));
    // "Sorry, verkeerd nummer": forget it and ask for the right one.
    if (step.result === WRONG_NUMBER) {
      const data = await this.deps.state.conversation.get(step.context, {});
      if (data.mentionedCjibNumber === (step.values as Values).number) data.mentionedCjibNumber = undefined;
      return step.replaceDialog(STEPS, { ...purposeOf(step), ask: 'again' } satisfies IdentifyOptions);
    }
    const number = (step.values as Values).number!;
    const verification = await this.verification.byLetter(step.context, number, step.result as string);
    if (verification.kind !== 'no_match') return this.conclude(step, verification);
    const data = await this.deps.state.conversation.get(step.context, {});
    if (data.mentionedCjibNumber === number) data.mentionedCjibNumber = undefined;
    // A postcode remembered from earlier did not match: the next try asks it.
    data.mentionedPostcode = undefined;
    // The same words whether the number is unknown or the postcode is wrong: nothing to learn from it.
    await say(step.context, this.deps, { text: text(step.context, this.deps, 'lookup:noMatch') });
    return step.replaceDialog(STEPS, {
      ...purposeOf(step),
      ask: 'retry',
      triedNumber: number,
    } satisfies IdentifyOptions);
  }

  /** A signed-in token on this activity, or an identification earlier in the conversation. */
  private async knownIdentity(step: WaterfallStepContext): Promise<DialogTurnResult | undefined> {
    const context = step.context;
    const data = await this.deps.state.conversation.get(context, {});
    const token = signinTokenOf(context.activity);
    if (token) {
      const identity = this.deps.signinTokens?.verify(token);
      if (!identity) return this.signinRejected(context, () => this.verification.tokenRejected(context));
      if (data.identified?.debtorId !== identity.debtorId) {
        data.identified = {
          debtorId: identity.debtorId,
          cjibNumbers: [],
          via: 'signin',
          at: this.deps.clock.now().toISOString(),
        };
      }
    }
    if (!data.identified) return undefined;
    const verification = await this.verification.byIdentity(context, data.identified);
    if (verification.kind !== 'unknown_debtor') return this.conclude(step, verification);
    data.identified = undefined;
    return this.signinRejected(context);
  }

  /** Says the sign-in could not be used; the dialog goes on with the letter's number. */
  private async signinRejected(context: TurnContext, record?: () => Promise<void>): Promise<undefined> {
    await record?.();
    await say(context, this.deps, { text: text(context, this.deps, 'lookup:signinRejected') });
    return undefined;
  }

  /** Ends the dialog with what the verification found, saying why when it is not an identification. */
  private async conclude(
    step: WaterfallStepContext,
    verification: Exclude<Verification, { kind: 'no_match' | 'unknown_debtor' }>,
  ): Promise<DialogTurnResult> {
    const context = step.context;
    switch (verification.kind) {
      case 'identified': {
        const { debtorId, claims, via } = verification;
        const data = await this.deps.state.conversation.get(context, {});
        data.identified = {
          debtorId,
          cjibNumbers: claims.map((c) => c.cjibNumber),
          via,
          at: this.deps.clock.now().toISOString(),
        };
        const { purpose } = (step.options ?? {}) as IdentifyOptions;
        return step.endDialog({
          status: 'identified',
          debtorId,
          claims,
          via,
          ...(purpose ? { purpose } : {}),
        } satisfies IdentifyResult);
      }
      case 'locked': {
        // The same words whichever key is locked: a locked number says nothing about whether it exists.
        const minutes = Math.max(
          1,
          Math.ceil((verification.until.getTime() - this.deps.clock.now().getTime()) / 60000),
        );
        await this.offerPerson(
          context,
          text(context, this.deps, 'lookup:locked', {
            duration: formatMinutes(minutes, turnLocale(context)),
          }),
        );
        return step.endDialog({ status: 'locked' } satisfies IdentifyResult);
      }
      case 'unavailable':
        await this.offerPerson(context, text(context, this.deps, 'lookup:unavailable'));
        return step.endDialog({ status: 'unavailable' } satisfies IdentifyResult);
    }
  }

  private async giveUp(
    step: WaterfallStepContext,
    key: 'lookup:number.giveUp' | 'lookup:postcode.giveUp' = 'lookup:number.giveUp',
  ): Promise<DialogTurnResult> {
    await this.offerPerson(step.context, text(step.context, this.deps, key));
    return step.endDialog({ status: 'failed' } satisfies IdentifyResult);
  }

  /** Says the text with yes/no for a person; the router takes "yes" as a request for a person. */
  private async offerPerson(context: TurnContext, message: string): Promise<void> {
    const data = await this.deps.state.conversation.get(context, {});
    data.personOffered = true;
    await say(context, this.deps, { text: message, choices: this.yesNo(context), expectsInput: true });
  }

  private yesNo(context: TurnContext): Reply['choices'] {
    return [
      { value: 'yes', title: text(context, this.deps, 'common:choice.yes') },
      { value: 'no', title: text(context, this.deps, 'common:choice.no') },
    ];
  }

  /** "I noted 9698 9486 …: is that right?" (read digit by digit on the phone). */
  private checkReply(context: TurnContext, number: string): Reply {
    return {
      text: text(context, this.deps, 'lookup:number.check', { number: formatCjibNumber(number) }),
      speech: text(context, this.deps, 'lookup:number.check', { number: speakCjibNumber(number) }),
      choices: this.yesNo(context),
      expectsInput: true,
    };
  }

  private activity(context: TurnContext, reply: Reply): Partial<Activity> {
    return this.deps.renderer.render(reply, turnChannel(context)) as Partial<Activity>;
  }

  /** Typed or spoken digits; a kind retry says where the number is (and how many digits were heard). */
  private async validateNumber(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const recognition = await turnRecognition(prompt.context, this.deps);
    const state = prompt.state as NumberPromptState;
    const { digits = '', postcode } = recognition.entities;
    // "9698", "negen zes negen": a message of digits only is a part of the number, however short.
    const part = postcode ? undefined : digitsOnly(recognition.text);
    // "9698 9486", then "1458 0658": a number sent in two (or more) messages.
    const joined = state.partialDigits && digits && !postcode ? state.partialDigits + digits : '';
    const number =
      recognition.entities.cjibNumber ??
      normaliseCjibNumber(prompt.recognized.value ?? '') ??
      sixteenDigitsAsked(recognition) ??
      (joined.length === 16 ? joined : undefined);
    // After no match, only a postcode ("sorry, het is 8911 AB"): the same number with that postcode.
    const tried = (prompt.options.validations as { triedNumber?: string } | undefined)?.triedNumber;
    if (postcode && !number && tried) {
      prompt.recognized.value = tried;
      prompt.context.turnState.set(POSTCODE_GIVEN_FIRST, postcode.value);
      return true;
    }
    // "8911 AB" before the number: kept for the postcode question.
    if (postcode && !number) state.postcode = postcode.value;
    if (number || prompt.attemptCount - (state.parts ?? 0) >= MAX_TRIES) {
      prompt.recognized.value = number ?? GIVE_UP;
      if (number && state.postcode) prompt.context.turnState.set(POSTCODE_GIVEN_FIRST, state.postcode);
      return true;
    }
    // The digits so far, while they can still become the 16 of the number; a wrong total starts over.
    const keeps = !postcode && (digits.length >= 4 || part !== undefined);
    const sofar = !keeps ? undefined : joined || digits;
    const tooMany = sofar !== undefined && sofar.length > 16;
    state.partialDigits = sofar && !tooMany ? sofar : undefined;
    if (state.partialDigits && part !== undefined) state.parts = (state.parts ?? 0) + 1;
    if (asksHowLongItTakes(recognition.text)) {
      await this.sayHowLong(prompt.context, 'lookup:number.askAgain');
      return false;
    }
    const count = tooMany ? sofar!.length : digits.length;
    // "Waar vind ik dat nummer?", "ik weet het niet": where it is, and that a person can help too.
    const lost =
      isQuestion(recognition.text) || saysDontKnow(recognition.text) || saysNotUnderstood(recognition.text);
    // "Can I use my licence plate instead?", "mag ik mijn BSN geven?": not with those, whether asked or given.
    const plate = recognition.entities.licencePlate !== undefined || mentionsPlate(recognition.text);
    const key = plate
      ? 'lookup:number.notPlate'
      : mentionsBsn(recognition.text)
        ? 'lookup:number.notBsn'
        : lost
          ? 'lookup:number.where'
          : postcode
            ? 'lookup:number.postcodeFirst'
            : // "Ik heb nu 8 cijfers, ga gerust verder": a part of the number, the rest awaited.
              state.partialDigits && part !== undefined
              ? 'lookup:number.partial'
              : count >= 5
                ? 'lookup:number.retryCount'
                : 'lookup:number.retry';
    await say(prompt.context, this.deps, {
      text: text(prompt.context, this.deps, key, { count: state.partialDigits?.length ?? count }),
      expectsInput: true,
    });
    return false;
  }

  /**
   * Yes, no, or the corrected number; a postcode instead (the citizen going on to the next question)
   * keeps the number as read back. Anything else repeats the question.
   */
  private async validateCheck(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const recognition = await turnRecognition(prompt.context, this.deps);
    const { cjibNumber, yesNo, postcode } = recognition.entities;
    // "Sorry, the number was wrong" without the right one: a no, which asks for it.
    if (!cjibNumber && saysNumberWasWrong(recognition.text)) {
      prompt.recognized.value = 'no';
      return true;
    }
    if (!cjibNumber && yesNo !== false && postcode) {
      prompt.context.turnState.set(POSTCODE_GIVEN_FIRST, postcode.value);
      prompt.recognized.value = 'yes';
      return true;
    }
    if (cjibNumber || yesNo !== undefined || prompt.attemptCount >= MAX_TRIES) {
      prompt.recognized.value = cjibNumber ?? (yesNo === undefined ? GIVE_UP : yesNo ? 'yes' : 'no');
      return true;
    }
    return false;
  }

  /** Dutch postcodes typed or spoken, or a foreign one as written on the letter. */
  private async validatePostcode(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const recognition = await turnRecognition(prompt.context, this.deps);
    // A 16-digit number is never a postcode: the citizen corrects the number asked before.
    if (recognition.entities.cjibNumber || saysNumberWasWrong(recognition.text)) {
      prompt.recognized.value = recognition.entities.cjibNumber ? NEW_NUMBER : WRONG_NUMBER;
      return true;
    }
    const typed = (prompt.recognized.value ?? '').trim();
    const state = prompt.state as PostcodePromptState;
    // "8911" or "acht negen een een" alone: a Dutch postcode's digits, its letters to follow. Kept,
    // and the letters asked (a foreign one says its country); the same digits again are taken as they are.
    const alone = postcodeDigitsAlone(typed);
    if (alone && alone !== state.digits && !saysAbroad(typed) && prompt.attemptCount < MAX_TRIES) {
      state.digits = alone;
      await say(prompt.context, this.deps, {
        text: text(prompt.context, this.deps, 'lookup:postcode.letters', { digits: alone }),
        expectsInput: true,
      });
      return false;
    }
    // Then "a b", "AB", "A van Anton, B van Bernard": the whole postcode; "in België": the digits are foreign.
    const completed =
      state.digits && !alone
        ? (postcodeWithLetters(state.digits, typed) ?? (saysAbroad(typed) ? state.digits : undefined))
        : undefined;
    const postcode =
      completed ??
      recognition.entities.postcode?.value ??
      extractSpokenPostcode(typed)?.value ??
      (looksLikePostcode(typed) ? typed : undefined) ??
      // "Klever Str. 9, 47533 Kleve": the whole address line, the postcode in it (not digits of a question or an amount).
      (isQuestion(typed) || recognition.entities.amountCents !== undefined
        ? undefined
        : postcodeInAddress(typed));
    if (postcode || prompt.attemptCount >= MAX_TRIES) {
      prompt.recognized.value = postcode ?? GIVE_UP;
      return true;
    }
    if (asksHowLongItTakes(recognition.text)) {
      await this.sayHowLong(prompt.context, 'lookup:postcode.ask');
      return false;
    }
    // "Ik ben verhuisd": the postcode the letter was sent to, not the new one.
    if (mentionsMovingHouse(recognition.text)) {
      await say(prompt.context, this.deps, {
        text: text(prompt.context, this.deps, 'lookup:postcode.moved'),
        expectsInput: true,
      });
      return false;
    }
    // "Waarom heeft u mijn postcode nodig?": why it is asked, and which one.
    const asks =
      isQuestion(recognition.text) || saysDontKnow(recognition.text) || saysNotUnderstood(recognition.text);
    await say(prompt.context, this.deps, {
      text: text(prompt.context, this.deps, asks ? 'lookup:postcode.why' : 'lookup:postcode.retry'),
      expectsInput: true,
    });
    return false;
  }
}
