import type { Activity, TurnContext } from 'botbuilder';
import {
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Claim } from '../domain/claims/claim';
import { postcodesMatch, looksLikePostcode } from '../domain/claims/postcodeMatch';
import {
  formatCjibNumber,
  maskCjibNumber,
  normaliseCjibNumber,
  passesCheckDigit,
  speakCjibNumber,
} from '../domain/cjibNumber';
import { formatMinutes } from '../domain/dates';
import { CollectionUnavailableError, NotFoundError } from '../domain/errors';
import type { LookupAuditEntry } from '../domain/ports/lookupAuditLog';
import type { LockKey } from '../domain/ports/lookupLockStore';
import type { Recognition } from '../domain/ports/recognizer';
import type { Reply } from '../domain/ports/replyRenderer';
import type { ConversationData } from './conversationData';
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

/**
 * How the citizen was verified, or why not. Interruptions end the dialog with the router's
 * FlowResult instead (`{ handoff: true }` for a person, `{ cancelled: true }` after "stop").
 */
export type IdentifyResult =
  | { status: 'identified'; debtorId: string; claims: Claim[]; via: 'signin' | 'cjibNumber' }
  | { status: 'failed' | 'locked' | 'cancelled' | 'unavailable' }
  | FlowResult;

export interface IdentifyOptions {
  /** The message that started the flow (a CJIB number in it is not asked again). */
  recognition?: Recognition;
  /** Internal: how to ask again after a failed attempt or a rejected number. */
  ask?: 'again' | 'retry';
}

interface Values {
  number?: string;
  postcode?: string;
}

function conversationKey(context: TurnContext): LockKey {
  return {
    kind: 'conversation',
    id: `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`,
  };
}

/** The looked-up claim first (also when paid: "is it paid?" is a fair question), then the debtor's other open claims. */
function withOpenClaims(named: Claim[], open: Claim[]): Claim[] {
  const seen = new Set(named.map((c) => c.cjibNumber));
  return [...named, ...open.filter((c) => !seen.has(c.cjibNumber))];
}

/**
 * Verifies who the citizen is before anything about their fines is said: a valid signed-in token
 * from the website, an identification earlier in this conversation, or the CJIB number of a
 * letter plus the postcode it was sent to. A wrong postcode answers exactly like an unknown number;
 * five failures lock lookups for the conversation and the number (LookupLockStore). Every lookup
 * goes to the audit trail with the number masked.
 */
export class IdentifyDebtorDialog extends InterruptibleDialog {
  constructor(deps: DialogDeps) {
    super(IDENTIFY_DEBTOR_DIALOG, deps);
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

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const options = (step.options ?? {}) as IdentifyOptions;
    const data = await this.deps.state.conversation.get(context, {});
    const values = step.values as Values;
    if (!options.ask) {
      const known = await this.knownIdentity(step, data);
      if (known) return known;
    }
    const lockedUntil = await this.lockedUntil([conversationKey(context)]);
    if (lockedUntil) return this.locked(step, lockedUntil);
    if (!options.ask) {
      const recognition = options.recognition ?? (await turnRecognition(context, this.deps));
      const number = recognition.entities.cjibNumber ?? data.mentionedCjibNumber;
      if (number) {
        if (number === recognition.entities.cjibNumber)
          values.postcode = recognition.entities.postcode?.value;
        return step.next(number);
      }
    }
    const key =
      options.ask === 'again'
        ? 'lookup:number.again'
        : options.ask === 'retry'
          ? 'lookup:number.askAgain'
          : 'lookup:number.ask';
    const speech = options.ask ? undefined : text(context, this.deps, 'lookup:number.askSpeech');
    return step.prompt(NUMBER_PROMPT, {
      prompt: this.activity(context, { text: text(context, this.deps, key), speech, expectsInput: true }),
    });
  }

  private async gotNumber(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    if (step.result === GIVE_UP) return this.giveUp(step);
    const values = step.values as Values;
    values.number = step.result as string;
    // The postcode may come in the same answer as the number ("9698 9486 1458 0658, 8911 AB").
    const recognition = await turnRecognition(context, this.deps);
    if (recognition.entities.cjibNumber === values.number && recognition.entities.postcode)
      values.postcode ??= recognition.entities.postcode.value;
    if (passesCheckDigit(values.number)) return step.next(CONFIRMED);
    return step.prompt(CHECK_PROMPT, {
      prompt: this.activity(context, this.checkReply(context, values.number)),
    });
  }

  private async checked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const answer = step.result as string;
    if (answer === GIVE_UP) return this.giveUp(step);
    if (answer === 'no') return step.replaceDialog(STEPS, { ask: 'again' } satisfies IdentifyOptions);
    if (answer !== CONFIRMED && answer !== 'yes') values.number = answer;
    if (values.postcode) return step.next(values.postcode);
    return step.prompt(POSTCODE_PROMPT, {
      prompt: this.activity(step.context, {
        text: text(step.context, this.deps, 'lookup:postcode.ask'),
        expectsInput: true,
      }),
    });
  }

  private async gotPostcode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === GIVE_UP) return this.giveUp(step);
    const values = step.values as Values;
    return this.verify(step, values.number!, step.result as string);
  }

  /** Number and postcode against the back office, under the lock-out rules. */
  private async verify(
    step: WaterfallStepContext,
    number: string,
    postcode: string,
  ): Promise<DialogTurnResult> {
    const context = step.context;
    const keys: LockKey[] = [conversationKey(context), { kind: 'cjibNumber', id: number }];
    const lockedUntil = await this.lockedUntil(keys);
    if (lockedUntil) {
      await this.record(context, {
        via: 'cjibNumber',
        outcome: 'locked',
        cjibNumberMasked: maskCjibNumber(number),
      });
      return this.locked(step, lockedUntil);
    }
    const collection = this.deps.collection;
    try {
      if (!collection) throw new CollectionUnavailableError('no collection system configured');
      const claim = await collection.findClaim(number);
      const debtor = claim ? await collection.findDebtor(claim.debtorId) : undefined;
      if (claim && debtor && postcodesMatch(postcode, debtor.postcode)) {
        await this.deps.lookupLocks?.clearFailures(keys);
        const claims = withOpenClaims([claim], await collection.listOpenClaims(debtor.id));
        return this.identified(step, debtor.id, claims, 'cjibNumber', number);
      }
      const data = await this.deps.state.conversation.get(context, {});
      if (data.mentionedCjibNumber === number) data.mentionedCjibNumber = undefined;
      const outcome = await this.deps.lookupLocks?.registerFailure(keys, this.deps.clock.now());
      await this.record(context, {
        via: 'cjibNumber',
        outcome: outcome?.lockedUntil ? 'locked_now' : claim ? 'postcode_mismatch' : 'unknown_number',
        cjibNumberMasked: maskCjibNumber(number),
      });
      if (outcome?.lockedUntil) return this.locked(step, outcome.lockedUntil);
      // The same words whether the number is unknown or the postcode is wrong: nothing to learn from it.
      await say(context, this.deps, { text: text(context, this.deps, 'lookup:noMatch') });
      return step.replaceDialog(STEPS, { ask: 'retry' } satisfies IdentifyOptions);
    } catch (err) {
      return this.unavailable(step, err, { via: 'cjibNumber', cjibNumberMasked: maskCjibNumber(number) });
    }
  }

  /** A signed-in token on this activity, or an identification earlier in the conversation. */
  private async knownIdentity(
    step: WaterfallStepContext,
    data: ConversationData,
  ): Promise<DialogTurnResult | undefined> {
    const context = step.context;
    const token = signinTokenOf(context.activity);
    if (token) {
      const identity = this.deps.signinTokens?.verify(token);
      if (identity && data.identified?.debtorId !== identity.debtorId) {
        data.identified = {
          debtorId: identity.debtorId,
          cjibNumbers: [],
          via: 'signin',
          at: this.deps.clock.now().toISOString(),
        };
      } else if (!identity) {
        await this.record(context, { via: 'signin', outcome: 'token_rejected' });
        await say(context, this.deps, { text: text(context, this.deps, 'lookup:signinRejected') });
        return undefined;
      }
    }
    const identified = data.identified;
    if (!identified) return undefined;
    const collection = this.deps.collection;
    try {
      if (!collection) throw new CollectionUnavailableError('no collection system configured');
      const open = await collection.listOpenClaims(identified.debtorId);
      const named: Claim[] = [];
      for (const number of identified.cjibNumbers) {
        if (open.some((c) => c.cjibNumber === number)) continue;
        const claim = await collection.findClaim(number);
        if (claim?.debtorId === identified.debtorId) named.push(claim);
      }
      return this.identified(step, identified.debtorId, withOpenClaims(named, open), identified.via);
    } catch (err) {
      if (!(err instanceof NotFoundError)) return this.unavailable(step, err, { via: identified.via });
      // A token (or an earlier identification) naming no known debtor: forget it, ask for the letter.
      data.identified = undefined;
      await this.record(context, { via: identified.via, outcome: 'token_rejected' });
      await say(context, this.deps, { text: text(context, this.deps, 'lookup:signinRejected') });
      return undefined;
    }
  }

  private async identified(
    step: WaterfallStepContext,
    debtorId: string,
    claims: Claim[],
    via: 'signin' | 'cjibNumber',
    number?: string,
  ): Promise<DialogTurnResult> {
    const data = await this.deps.state.conversation.get(step.context, {});
    data.identified = {
      debtorId,
      cjibNumbers: claims.map((c) => c.cjibNumber),
      via,
      at: this.deps.clock.now().toISOString(),
    };
    await this.record(step.context, {
      via,
      outcome: 'found',
      debtorId,
      ...(number ? { cjibNumberMasked: maskCjibNumber(number) } : {}),
      claimsShown: claims.map((c) => maskCjibNumber(c.cjibNumber)),
    });
    return step.endDialog({ status: 'identified', debtorId, claims, via } satisfies IdentifyResult);
  }

  private async lockedUntil(keys: LockKey[]): Promise<Date | undefined> {
    return this.deps.lookupLocks?.lockedUntil(keys, this.deps.clock.now());
  }

  /** The same words whichever key is locked: a locked number says nothing about whether it exists. */
  private async locked(step: WaterfallStepContext, until: Date): Promise<DialogTurnResult> {
    const context = step.context;
    const minutes = Math.max(1, Math.ceil((until.getTime() - this.deps.clock.now().getTime()) / 60000));
    await this.offerPerson(
      context,
      text(context, this.deps, 'lookup:locked', { duration: formatMinutes(minutes, turnLocale(context)) }),
    );
    return step.endDialog({ status: 'locked' } satisfies IdentifyResult);
  }

  private async giveUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.offerPerson(step.context, text(step.context, this.deps, 'lookup:number.giveUp'));
    return step.endDialog({ status: 'failed' } satisfies IdentifyResult);
  }

  private async unavailable(
    step: WaterfallStepContext,
    err: unknown,
    entry: Pick<LookupAuditEntry, 'via' | 'cjibNumberMasked'>,
  ): Promise<DialogTurnResult> {
    if (!(err instanceof CollectionUnavailableError) && !(err instanceof NotFoundError)) throw err;
    await this.record(step.context, { ...entry, outcome: 'unavailable' });
    await this.offerPerson(step.context, text(step.context, this.deps, 'lookup:unavailable'));
    return step.endDialog({ status: 'unavailable' } satisfies IdentifyResult);
  }

  /** Says the text with yes/no for a person; the router takes "yes" as a request for a person. */
  private async offerPerson(context: TurnContext, message: string): Promise<void> {
    const data = await this.deps.state.conversation.get(context, {});
    data.personOffered = true;
    await say(context, this.deps, {
      text: message,
      choices: [
        { value: 'yes', title: text(context, this.deps, 'common:choice.yes') },
        { value: 'no', title: text(context, this.deps, 'common:choice.no') },
      ],
      expectsInput: true,
    });
  }

  private async record(
    context: TurnContext,
    entry: Omit<LookupAuditEntry, 'at' | 'channelId' | 'conversationId'>,
  ): Promise<void> {
    await this.deps.audit?.record({
      at: this.deps.clock.now().toISOString(),
      channelId: context.activity.channelId,
      conversationId: context.activity.conversation?.id ?? '',
      ...entry,
    });
  }

  /** "I noted 9698 9486 …: is that right?" (read digit by digit on the phone). */
  private checkReply(context: TurnContext, number: string): Reply {
    return {
      text: text(context, this.deps, 'lookup:number.check', { number: formatCjibNumber(number) }),
      speech: text(context, this.deps, 'lookup:number.check', { number: speakCjibNumber(number) }),
      choices: [
        { value: 'yes', title: text(context, this.deps, 'common:choice.yes') },
        { value: 'no', title: text(context, this.deps, 'common:choice.no') },
      ],
      expectsInput: true,
    };
  }

  private activity(context: TurnContext, reply: Reply): Partial<Activity> {
    return this.deps.renderer.render(reply, turnChannel(context)) as Partial<Activity>;
  }

  private async validateNumber(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const context = prompt.context;
    const recognition = await turnRecognition(context, this.deps);
    const number = recognition.entities.cjibNumber ?? normaliseCjibNumber(prompt.recognized.value ?? '');
    if (number) {
      prompt.recognized.value = number;
      return true;
    }
    if (prompt.attemptCount >= MAX_TRIES) {
      prompt.recognized.value = GIVE_UP;
      return true;
    }
    const count = recognition.entities.digits?.length ?? 0;
    const key = count >= 5 ? 'lookup:number.retryCount' : 'lookup:number.retry';
    await say(context, this.deps, { text: text(context, this.deps, key, { count }), expectsInput: true });
    return false;
  }

  private async validateCheck(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const recognition = await turnRecognition(prompt.context, this.deps);
    const corrected = recognition.entities.cjibNumber;
    const yesNo = recognition.entities.yesNo;
    if (corrected || yesNo !== undefined) {
      prompt.recognized.value = corrected ?? (yesNo ? 'yes' : 'no');
      return true;
    }
    if (prompt.attemptCount >= MAX_TRIES) {
      prompt.recognized.value = GIVE_UP;
      return true;
    }
    // Not answered: the question is asked again as it was.
    return false;
  }

  private async validatePostcode(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const context = prompt.context;
    const recognition = await turnRecognition(context, this.deps);
    const typed = (prompt.recognized.value ?? '').trim();
    const postcode = recognition.entities.postcode?.value ?? (looksLikePostcode(typed) ? typed : undefined);
    if (postcode) {
      prompt.recognized.value = postcode;
      return true;
    }
    if (prompt.attemptCount >= MAX_TRIES) {
      prompt.recognized.value = GIVE_UP;
      return true;
    }
    await say(context, this.deps, {
      text: text(context, this.deps, 'lookup:postcode.retry'),
      expectsInput: true,
    });
    return false;
  }
}
