import type { TurnContext } from 'botbuilder';
import {
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  assessArrangement,
  type ArrangementAssessment,
  type ExcludedClaim,
  type RefusalReason,
} from '../domain/arrangement/assessArrangement';
import { arrangementIdempotencyKey } from '../domain/arrangement/requestIdentity';
import { asksDecisionTime } from '../domain/arrangement/decisionQuestion';
import {
  asksAboutInterest,
  asksAboutLaterFine,
  asksMonthlyAmount,
  asksWhatTotalIncludes,
  asksWhichClaims,
  saysAlreadyPaidPart,
  wantsToPayOneFirst,
} from '../domain/arrangement/planQuestions';
import { asksFirstDueDate } from '../domain/arrangement/firstDueQuestion';
import { asksScheduleTotal } from '../domain/arrangement/totalQuestion';
import { ownMonthlyAmountCents } from '../domain/arrangement/ownMonthlyAmount';
import { scheduleObjection, type ScheduleObjection } from '../domain/arrangement/scheduleObjection';
import { wantsToPayInFull } from '../domain/arrangement/payInFull';
import { asksHowLongToSpread } from '../domain/arrangement/spreadQuestion';
import { wantsToThinkItOver } from '../domain/arrangement/thinkItOver';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import type { Claim } from '../domain/claims/claim';
import { formatDate } from '../domain/dates';
import { isQuestion } from '../domain/knowledge/questionForm';
import { saysDontKnow, saysNotUnderstood } from '../domain/language/dontKnow';
import { saysNumberWasWrong } from '../domain/language/numberCorrection';
import { CollectionUnavailableError, NotFoundError } from '../domain/errors';
import { formatMoney } from '../domain/money';
import type { ArrangementSubmission } from '../domain/ports/collectionSystem';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import type { Reply } from '../domain/ports/replyRenderer';
import {
  arrangementQuestion,
  asksAboutContact,
  changedMind,
  emailInTwoParts,
  mentionsContact,
  planChoices,
  promptOptions,
  readAgreement,
  readContact,
  readPlanAnswer,
  readYesNo,
  understood,
  wantsOtherContact,
  wantsPhoneCall,
  yesNoChoices,
} from './arrangementPrompts';
import {
  excludedClaimsReply,
  existingArrangementReplies,
  firstDueReply,
  includedClaimsReply,
  ownAmountFitsReply,
  payInFullReply,
  scheduleReply,
  scheduleTotalReply,
} from './arrangementReplies';
import type { DialogDeps } from './dialogDeps';
import { topicReply } from './faqAnswer';
import {
  IDENTIFY_DEBTOR_DIALOG,
  IdentifyDebtorDialog,
  type IdentifyOptions,
  type IdentifyResult,
} from './identifyDebtorDialog';
import { InterruptibleDialog } from './interruptibleDialog';
import type { FlowResult } from './mainDialog';
import { PERSON_OFFER_DIALOG, PersonOfferDialog, type PersonOfferOptions } from './personOfferDialog';
import { say, text, turnLocale, turnRecognition } from './turn';

export const PAYMENT_ARRANGEMENT_DIALOG = 'paymentArrangement';
const STEPS = 'arrangement.steps';
const PLAN_PROMPT = 'arrangement.planPrompt';
const CONTACT_PROMPT = 'arrangement.contactPrompt';
const CONFIRM_PROMPT = 'arrangement.confirmPrompt';
/** Contact and confirmation, a loop of its own: a corrected contact at the confirmation asks again. */
const CONFIRM_STEPS = 'arrangement.confirmSteps';
/** The questions of this flow, during which questions about arrangements are answered and asked again. */
const OWN_QUESTIONS: ReadonlySet<string> = new Set([
  PLAN_PROMPT,
  CONTACT_PROMPT,
  CONFIRM_PROMPT,
  PERSON_OFFER_DIALOG,
]);

/** The request being prepared, kept in the dialog state (MongoDB), so a restart resumes it. */
interface Proposal {
  draft: Omit<ArrangementSubmission, 'reference' | 'contact' | 'language'>;
  contact?: { email?: string; phone?: string };
  /** The claims in the schedule and those left out (with why), for "which fines are in it?". */
  claims?: { included: Claim[]; excluded: ExcludedClaim[] };
}

/** What the schedule question needs to read an amount of the citizen's own. */
interface PlanValidations {
  monthlyCents: number;
  totalCents: number;
}

const proposalOf = (step: WaterfallStepContext): Proposal => step.values as Proposal;

/** An e-mail address read from two messages together, handed from the contact prompt to the step after it. */
const CONTACT_IN_PARTS = Symbol('arrangement.contactInParts');

/** What the contact prompt remembers between attempts. */
interface ContactPromptState {
  /** The last answer that was no contact: the start of an e-mail address, perhaps. */
  previous?: string;
}

/** The request being prepared, from the state of the flow's steps under the question being asked. */
function draftOnStack(innerDc: DialogContext): Proposal['draft'] | undefined {
  for (const instance of innerDc.stack) {
    const draft = (instance.state as { values?: Partial<Proposal> } | undefined)?.values?.draft;
    if (draft) return draft;
  }
  return undefined;
}

/** The claims of the schedule on the table, kept by the flow's first steps under the question being asked. */
function claimsOnStack(innerDc: DialogContext): Proposal['claims'] | undefined {
  for (const instance of innerDc.stack) {
    const claims = (instance.state as { values?: Partial<Proposal> } | undefined)?.values?.claims;
    if (claims) return claims;
  }
  return undefined;
}

/** A question of the citizen's own (not "wat bedoel je?", which the question's retry explains). */
const unknownQuestion = (answer: string): boolean =>
  isQuestion(answer) && !saysNotUnderstood(answer) && /[\p{L}\p{N}]/u.test(answer);

/**
 * Requesting a standard payment arrangement (DOMAIN.md §1). Verifies the citizen through the
 * lookup's dialog; shows a running arrangement, the claims left out and why, and the schedule
 * (months, monthly amount, first due date); asks for confirmation and a contact for the decision;
 * then files the request exactly once: stored in the outbox under an idempotency key derived from
 * the request itself (a double confirmation, a retried turn or the same request asked again all
 * find the one stored request), and the citizen gets its reference at once. "Too high" leads to a
 * personal arrangement and "I cannot pay at all" to the noodstop, each with the offer of a person.
 */
export class PaymentArrangementDialog extends InterruptibleDialog {
  private readonly identifyDebtor: IdentifyDebtorDialog;

  constructor(deps: DialogDeps) {
    super(PAYMENT_ARRANGEMENT_DIALOG, deps);
    this.identifyDebtor = new IdentifyDebtorDialog(deps);
    this.addDialog(this.identifyDebtor);
    this.addDialog(new PersonOfferDialog(deps));
    this.addDialog(
      new TextPrompt(PLAN_PROMPT, async (prompt) => {
        // "Can I pay 50 a month?" with 21.50 proposed: not too high at all; said so, and the question again.
        if (await this.ownAmountFits(prompt.context, prompt.options.validations as PlanValidations)) {
          if (prompt.options.retryPrompt) await prompt.context.sendActivity(prompt.options.retryPrompt);
          return false;
        }
        if (await understood((c) => readPlanAnswer(c, deps))(prompt)) return true;
        // "Sorry, verkeerd nummer": the fines shown are not the right ones (see afterPlan).
        if (saysNumberWasWrong(prompt.context.activity.text ?? '')) return true;
        // "Kan ik het later nog aanpassen?": no exact answer here, then the choices again (the retry).
        if (unknownQuestion(prompt.context.activity.text ?? '')) {
          await say(prompt.context, deps, {
            text: text(prompt.context, deps, 'arrangement:confirm.noAnswer'),
          });
          // Having said something, the prompt does not send its retry itself.
          if (prompt.options.retryPrompt) await prompt.context.sendActivity(prompt.options.retryPrompt);
        }
        return false;
      }),
    );
    this.addDialog(new TextPrompt(CONTACT_PROMPT, (p) => this.validateContact(p)));
    this.addDialog(
      new TextPrompt(
        CONFIRM_PROMPT,
        understood(
          async (c) =>
            (await readContact(c, deps)) ??
            // "Can I change my e-mail address?": the contact is asked again (see afterConfirm).
            (wantsOtherContact(c.activity.text ?? '') ? 'otherContact' : undefined) ??
            (asksAboutContact(c.activity.text ?? '') ? 'contactQuestion' : undefined) ??
            (wantsToThinkItOver(c.activity.text ?? '') ? 'no' : undefined) ??
            (wantsToPayInFull(c.activity.text ?? '') ? 'atOnce' : undefined) ??
            scheduleObjection(c.activity.text ?? '') ??
            (await readYesNo(c, deps, this.confirmChoices(c))) ??
            // A question the recogniser is unsure of is still a question: said to be unknown, not "ja of nee?".
            (unknownQuestion(c.activity.text ?? '') ? 'elsewhere' : undefined),
        ),
      ),
    );
    const steps = [this.identify, this.propose, this.afterPlan, this.finished];
    this.addDialog(
      new WaterfallDialog(
        STEPS,
        steps.map((s) => s.bind(this)),
      ),
    );
    const confirmSteps = [this.askContact, this.askConfirmation, this.afterConfirm];
    this.addDialog(
      new WaterfallDialog(
        CONFIRM_STEPS,
        confirmSteps.map((s) => s.bind(this)),
      ),
    );
    this.initialDialogId = STEPS;
  }

  /** A question about arrangements mid-flow is answered from the knowledge base, then the flow asks again. */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const asking = innerDc.activeDialog?.id;
    // "9698 9486 1458 0658, my e-mail is …": kept for the contact question, which is then not asked.
    if (asking === IDENTIFY_DEBTOR_DIALOG) await this.rememberContact(innerDc.context);
    // "When is the first payment due?" once the schedule is shown: its date, then the question again.
    const draft = asking && OWN_QUESTIONS.has(asking) ? draftOnStack(innerDc) : undefined;
    const message = innerDc.context.activity.text ?? '';
    // "How much is it in total?": the schedule's total (not a new lookup), then the question again.
    const aside = !draft
      ? undefined
      : asksFirstDueDate(message)
        ? firstDueReply(innerDc.context, this.deps, draft)
        : asksScheduleTotal(message)
          ? scheduleTotalReply(innerDc.context, this.deps, draft)
          : asksDecisionTime(message)
            ? { text: text(innerDc.context, this.deps, 'arrangement:plan.decisionTime') }
            : this.scheduleAside(innerDc, message);
    if (aside) {
      await say(innerDc.context, this.deps, aside);
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    // "How long can I spread it?" while the letter's number or postcode is asked: the months, not the deadline.
    const topicId =
      asking && OWN_QUESTIONS.has(asking)
        ? await arrangementQuestion(innerDc.context, this.deps)
        : asking === IDENTIFY_DEBTOR_DIALOG && asksHowLongToSpread(innerDc.context.activity.text ?? '')
          ? 'instalment_terms'
          : undefined;
    if (!topicId) return super.onContinueDialog(innerDc);
    await say(
      innerDc.context,
      this.deps,
      topicReply(this.deps.localizer, turnLocale(innerDc.context), topicId, false),
    );
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /**
   * "Which fines are in it?" / "why is this one not in it?": the claims of the schedule and those left
   * out with why; "and if I get another fine?": it is not added by itself (DOMAIN.md §1.8); "one fine
   * now and the rest in parts": the arrangement covers what is open when it is requested.
   */
  private scheduleAside(innerDc: DialogContext, message: string): Reply | undefined {
    const context = innerDc.context;
    const claims = claimsOnStack(innerDc);
    if (claims && asksWhichClaims(message))
      return includedClaimsReply(context, this.deps, claims.included, claims.excluded);
    if (asksAboutLaterFine(message)) return { text: text(context, this.deps, 'arrangement:plan.newFines') };
    // "Komt er nog rente bij?" with a compensation order in it: its statutory interest (DOMAIN.md §1.7).
    if (claims?.included.some((c) => c.type === 'schadevergoedingsmaatregel') && asksAboutInterest(message))
      return { text: text(context, this.deps, 'arrangement:plan.compensationInterest') };
    // "Maar ik heb al 50 euro betaald": no amount of one's own (nor "too high"); the amounts are what is open now.
    if (saysAlreadyPaidPart(message))
      return { text: text(context, this.deps, 'arrangement:plan.alreadyPaid') };
    const draft = draftOnStack(innerDc);
    // "Zijn de administratiekosten inbegrepen?": the total is everything open on these fines.
    if (draft && asksWhatTotalIncludes(message))
      return {
        text: text(context, this.deps, 'arrangement:plan.totalIncludes', {
          total: formatMoney(draft.totalAmount, turnLocale(context)),
        }),
      };
    // "Hoeveel was het ook alweer per maand?" (at the contact question too): the schedule in one sentence.
    if (draft && asksMonthlyAmount(message)) return scheduleTotalReply(context, this.deps, draft);
    if (innerDc.activeDialog?.id === PLAN_PROMPT && wantsToPayOneFirst(message))
      return { text: text(context, this.deps, 'arrangement:plan.payOneFirst') };
    return undefined;
  }

  protected override currentFlow(): IntentId {
    return 'payment_arrangement';
  }

  /** At the schedule, "I cannot pay" or "that is too much" is an answer to it, not a question for the knowledge base. */
  protected override async isAnswer(innerDc: DialogContext, recognition: Recognition): Promise<boolean> {
    // While the letter's number or postcode is asked, that dialog knows its answers ("my licence plate?").
    if (innerDc.activeDialog?.id === IDENTIFY_DEBTOR_DIALOG && innerDc.child)
      return this.identifyDebtor.answersCurrentQuestion(innerDc.child, recognition);
    // "nee, het mailadres klopt niet" at the confirmation answers it (and is not a question about contact).
    // "Het maandbedrag is toch te hoog" after accepting the schedule: still an answer to it.
    if (innerDc.activeDialog?.id === CONFIRM_PROMPT)
      return (
        recognition.entities.yesNo !== undefined ||
        readAgreement(recognition.text) !== undefined ||
        scheduleObjection(recognition.text) !== undefined ||
        wantsOtherContact(recognition.text) ||
        asksAboutContact(recognition.text) ||
        wantsToPayInFull(recognition.text)
      );
    // "ik heb geen e-mail" at the contact question is about the contact, which the question explains.
    if (innerDc.activeDialog?.id === CONTACT_PROMPT)
      return (
        mentionsContact(recognition.text) ||
        // "Bel me maar": how to be reached, not a request for a person now.
        wantsPhoneCall(recognition.text) ||
        scheduleObjection(recognition.text) === 'tooHigh' ||
        wantsToPayInFull(recognition.text)
      );
    if (innerDc.activeDialog?.id !== PLAN_PROMPT) return false;
    if (recognition.intent === 'cannot_pay') return true;
    // "Einverstanden" answers the schedule (the recogniser hears "nicht einverstanden": an objection).
    if (readAgreement(recognition.text) !== undefined) return true;
    const answer = await readPlanAnswer(innerDc.context, this.deps);
    // "I want to pay it all at once" answers the schedule too (the recogniser hears how_to_pay).
    return answer === 'tooHigh' || answer === 'cannotPay' || answer === 'atOnce';
  }

  private async identify(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { recognition, askAgain } = (step.options ?? {}) as {
      recognition?: Recognition;
      askAgain?: boolean;
    };
    // "Ratenzahlung bitte, Sie erreichen mich unter lena@example.de": not asked for again later.
    await this.rememberContact(step.context, recognition);
    return step.beginDialog(IDENTIFY_DEBTOR_DIALOG, {
      recognition,
      purpose: 'arrangement',
      ...(askAgain ? { ask: 'again' as const } : {}),
    } satisfies IdentifyOptions);
  }

  private async propose(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const identified = step.result as IdentifyResult | undefined;
    // An interruption (a person, stop) passes on to the router; a failed identification has said why.
    if (!identified || !('status' in identified)) return step.endDialog(identified ?? {});
    if (identified.status !== 'identified') return step.endDialog({});
    const context = step.context;
    const assessment = await this.assess(identified.debtorId, identified.claims);
    if (!assessment) {
      await say(context, this.deps, { text: text(context, this.deps, 'arrangement:unavailable') });
      return step.endDialog({});
    }

    for (const reply of existingArrangementReplies(context, this.deps, assessment))
      await say(context, this.deps, reply);
    const excluded = excludedClaimsReply(context, this.deps, assessment.excluded);
    if (excluded) await say(context, this.deps, excluded);
    const { decision } = assessment;
    if (!decision.eligible) return this.refuse(step, assessment, decision.reason);

    const { schedule } = decision;
    const cjibNumbers = assessment.included.map((c) => c.cjibNumber);
    const idempotencyKey = arrangementIdempotencyKey({
      debtorId: identified.debtorId,
      cjibNumbers,
      totalCents: schedule.totalCents,
      months: schedule.months,
      firstDueDate: schedule.firstDueDate,
    });
    const already = await this.deps.arrangements!.requests.findByKey(idempotencyKey).catch(() => undefined);
    if (already) {
      const data = await this.deps.state.conversation.get(context, {});
      data.arrangementFiled = true;
      data.referenceJustGiven = already.reference;
      data.arrangementReference = already.reference;
      await say(context, this.deps, {
        text: text(context, this.deps, 'arrangement:filed.already', { reference: already.reference }),
      });
      return step.endDialog({});
    }
    proposalOf(step).claims = { included: assessment.included, excluded: assessment.excluded };
    proposalOf(step).draft = {
      idempotencyKey,
      debtorId: identified.debtorId,
      cjibNumbers,
      months: schedule.months,
      totalAmount: schedule.totalCents,
      monthlyAmount: schedule.monthlyCents,
      firstDueDate: schedule.firstDueDate,
    };
    await say(context, this.deps, scheduleReply(context, this.deps, assessment.included, schedule));
    const keys = { ask: 'arrangement:plan.ask', retry: 'arrangement:plan.retry' };
    return step.prompt(PLAN_PROMPT, {
      ...promptOptions(context, this.deps, keys, planChoices(context, this.deps)),
      validations: {
        monthlyCents: schedule.monthlyCents,
        totalCents: schedule.totalCents,
      } satisfies PlanValidations,
    });
  }

  /** The policy applied to the claims and the debtor's arrangement history; undefined when the back office cannot answer. */
  private async assess(debtorId: string, claims: Claim[]): Promise<ArrangementAssessment | undefined> {
    const { arrangements, collection } = this.deps;
    if (!arrangements || !collection) return undefined;
    try {
      const { brokenArrangementOn } = await collection.getArrangementStatus(debtorId);
      return assessArrangement(
        {
          claims,
          brokenArrangementOn,
          today: calendarDateIn(this.deps.clock.now(), arrangements.policy.timeZone),
        },
        arrangements.policy,
      );
    } catch (err) {
      if (err instanceof CollectionUnavailableError || err instanceof NotFoundError) return undefined;
      throw err;
    }
  }

  private async refuse(
    step: WaterfallStepContext,
    assessment: ArrangementAssessment,
    reason: RefusalReason,
  ): Promise<DialogTurnResult> {
    const context = step.context;
    const locale = turnLocale(context);
    const policy = this.deps.arrangements!.policy;
    switch (reason) {
      case 'broken_arrangement':
        await say(context, this.deps, {
          text: text(context, this.deps, 'arrangement:refused.broken_arrangement', {
            months: policy.brokenArrangementLookBackMonths,
          }),
        });
        return step.replaceDialog(PERSON_OFFER_DIALOG, {
          reason: 'broken_arrangement',
          why: {
            key: 'arrangement:refused.broken_arrangement',
            vars: { months: policy.brokenArrangementLookBackMonths },
          },
        } satisfies PersonOfferOptions);
      case 'below_minimum': {
        const money = (cents: number): string => formatMoney(cents, locale);
        const vars = {
          minimum: money(policy.minimumCents),
          base: money(assessment.minimumBaseCents),
          total: money(assessment.totalCents),
        };
        await say(context, this.deps, {
          text: text(context, this.deps, 'arrangement:refused.below_minimum', vars),
        });
        return step.endDialog({});
      }
      case 'no_eligible_claims':
        // A running arrangement alone was shown above and says enough.
        if (
          assessment.existing.length === 0 ||
          assessment.excluded.some((e) => e.reason !== 'in_arrangement')
        ) {
          await say(context, this.deps, {
            text: text(context, this.deps, 'arrangement:refused.no_eligible_claims'),
          });
        }
        return step.endDialog({});
    }
  }

  private async afterPlan(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    // "Nee sorry, verkeerd nummer, het is 3338 …" at the schedule: start again with the right letter.
    const recognition = await turnRecognition(context, this.deps);
    const given = recognition.entities.cjibNumber;
    if (given && !proposalOf(step).draft.cjibNumbers.includes(given))
      return step.replaceDialog(STEPS, { recognition });
    if (!given && saysNumberWasWrong(recognition.text)) return step.replaceDialog(STEPS, { askAgain: true });
    const answer = await readPlanAnswer(context, this.deps);
    switch (answer) {
      case 'yes': {
        // "Ja, mijn mailadres is …": the contact is not asked again.
        const contact = await readContact(context, this.deps);
        const draft = proposalOf(step).draft;
        return step.beginDialog(CONFIRM_STEPS, { draft, ...(contact ? { contact } : {}) } satisfies Proposal);
      }
      case 'tooHigh':
      case 'cannotPay':
        return this.objected(step, answer);
      case 'atOnce':
        return this.payInFull(step);
      case 'no':
        await this.sayDeclined(context);
        return step.endDialog({});
      default:
        return step.endDialog({ reroute: true } satisfies FlowResult);
    }
  }

  /**
   * The standard schedule is not the answer: too high leads to a personal arrangement, not being
   * able to pay at all to the noodstop; each explained, with the offer of a person.
   */
  private async objected(
    step: WaterfallStepContext,
    objection: ScheduleObjection,
  ): Promise<DialogTurnResult> {
    const options: PersonOfferOptions =
      objection === 'tooHigh'
        ? { reason: 'personal_arrangement', topicId: 'personal_arrangement' }
        : { reason: 'cannot_pay', topicId: 'noodstop' };
    return step.replaceDialog(PERSON_OFFER_DIALOG, options);
  }

  /**
   * "I want to pay it all at once": nothing is requested; the total to pay, and the ways to pay
   * offered (a "yes" takes the offer, the router reads it).
   */
  private async payInFull(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const data = await this.deps.state.conversation.get(context, {});
    data.pendingClarification = ['how_to_pay'];
    await say(context, this.deps, payInFullReply(context, this.deps, proposalOf(step).draft.totalAmount));
    return step.endDialog({});
  }

  /**
   * A monthly amount of the citizen's own that is at least the proposed one ("can I pay 50 a month?"
   * at 21.50): the schedule is affordable, which is said (a personal arrangement is for amounts
   * that are too high). True when it was said.
   */
  private async ownAmountFits(context: TurnContext, limits: PlanValidations | undefined): Promise<boolean> {
    if (!limits) return false;
    const recognition = await turnRecognition(context, this.deps);
    const own = ownMonthlyAmountCents(recognition.text, recognition.entities.amountCents);
    if (own === undefined || own < limits.monthlyCents) return false;
    if (scheduleObjection(recognition.text) === 'cannotPay') return false;
    await say(context, this.deps, ownAmountFitsReply(context, this.deps, { own, ...limits }));
    return true;
  }

  /** The outcome of the contact and confirmation loop, passed on to the router. */
  private async finished(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog((step.result as FlowResult | undefined) ?? {});
  }

  private async askContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const proposal = Object.assign(proposalOf(step), step.options as Proposal);
    // Given before the flow started again (a change of language at the confirmation): read back, not asked.
    proposal.contact ??= (await this.deps.state.conversation.get(step.context, {})).arrangementContact;
    if (proposal.contact) return step.next();
    const keys = { ask: 'arrangement:contact.ask', retry: 'arrangement:contact.retry' };
    return step.prompt(CONTACT_PROMPT, promptOptions(step.context, this.deps, keys));
  }

  private async askConfirmation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const proposal = proposalOf(step);
    proposal.contact ??=
      (context.turnState.get(CONTACT_IN_PARTS) as Proposal['contact']) ??
      (await readContact(context, this.deps));
    // "Eigenlijk is het maandbedrag te hoog" instead of a contact.
    const objection = proposal.contact ? undefined : scheduleObjection(context.activity.text ?? '');
    if (objection) return this.objected(step, objection);
    // "Actually no", "I need to think about it" instead of a contact: nothing is requested.
    if (!proposal.contact && (await changedMind(context, this.deps))) {
      await this.sayDeclined(context);
      return step.endDialog({});
    }
    // "Actually I'll pay it all at once" instead of a contact.
    if (!proposal.contact && wantsToPayInFull(context.activity.text ?? '')) return this.payInFull(step);
    if (!proposal.contact) return step.endDialog({ reroute: true } satisfies FlowResult);
    (await this.deps.state.conversation.get(context, {})).arrangementContact = proposal.contact;
    const locale = turnLocale(context);
    const vars = {
      months: proposal.draft.months,
      monthly: formatMoney(proposal.draft.monthlyAmount, locale),
      firstDue: formatDate(proposal.draft.firstDueDate, locale),
      contact: proposal.contact.email ?? proposal.contact.phone,
    };
    const keys = { ask: 'arrangement:confirm.ask', retry: 'arrangement:confirm.retry' };
    return step.prompt(
      CONFIRM_PROMPT,
      promptOptions(context, this.deps, keys, this.confirmChoices(context), vars),
    );
  }

  private async afterConfirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const { draft } = proposalOf(step);
    // Kept only while this confirmation is open; asking it again stores it again.
    (await this.deps.state.conversation.get(context, {})).arrangementContact = undefined;
    // "nee, mijn e-mailadres is …": the new contact, and the confirmation asked again.
    const corrected = await readContact(context, this.deps);
    const current = proposalOf(step).contact;
    if (corrected && (corrected.email ?? corrected.phone) !== (current?.email ?? current?.phone))
      return step.replaceDialog(CONFIRM_STEPS, { draft, contact: corrected } satisfies Proposal);
    // "Nee, het maandbedrag is toch te hoog", "nee, ik kan helemaal niet betalen": nothing is filed.
    const objection = scheduleObjection(context.activity.text ?? '');
    if (objection) return this.objected(step, objection);
    // "Ich zahle doch lieber alles auf einmal": nothing is filed; the total and the ways to pay.
    if (wantsToPayInFull(context.activity.text ?? '')) return this.payInFull(step);
    // "Can I change my e-mail address?", "ich möchte eine andere Adresse angeben": which one, then confirm again.
    if (!corrected && wantsOtherContact(context.activity.text ?? ''))
      return step.replaceDialog(CONFIRM_STEPS, { draft } satisfies Proposal);
    // "Do I get a confirmation by e-mail?": what the contact is for, then the confirmation again.
    if (!corrected && current && asksAboutContact(context.activity.text ?? '')) {
      await say(context, this.deps, {
        text: text(context, this.deps, 'arrangement:confirm.contactUse', {
          contact: current.email ?? current.phone,
        }),
      });
      return step.replaceDialog(CONFIRM_STEPS, { draft, contact: current } satisfies Proposal);
    }
    const answer = wantsToThinkItOver(context.activity.text ?? '')
      ? 'no'
      : await readYesNo(context, this.deps, this.confirmChoices(context));
    // A question the knowledge base has no answer to does not throw away the request at the last step.
    if ((answer === 'elsewhere' || answer === undefined) && unknownQuestion(context.activity.text ?? '')) {
      await say(context, this.deps, { text: text(context, this.deps, 'arrangement:confirm.noAnswer') });
      return step.replaceDialog(CONFIRM_STEPS, { draft, contact: current } satisfies Proposal);
    }
    if (answer !== 'yes' && answer !== 'no') return step.endDialog({ reroute: true } satisfies FlowResult);
    // "nee, het telefoonnummer klopt niet": ask the contact again.
    if (answer === 'no' && mentionsContact(context.activity.text ?? ''))
      return step.replaceDialog(CONFIRM_STEPS, { draft } satisfies Proposal);
    if (answer === 'no') {
      await this.sayDeclined(context);
      return step.endDialog({});
    }
    const { contact } = proposalOf(step);
    const requests = this.deps.arrangements!.requests;
    let reference: string | undefined;
    try {
      ({
        request: { reference },
      } = await requests.create({ ...draft, contact: contact ?? {}, language: turnLocale(context) }));
    } catch {
      // The write may have happened before the error: look before saying anything about it.
      reference = (await requests.findByKey(draft.idempotencyKey).catch(() => undefined))?.reference;
    }
    // Not confirmed: asking again derives the same key, so it finds this request or files it, once.
    if (reference) {
      const data = await this.deps.state.conversation.get(context, {});
      data.arrangementFiled = true;
      data.referenceJustGiven = reference;
      data.arrangementReference = reference;
    }
    const key = reference ? 'arrangement:filed.text' : 'arrangement:filed.notConfirmed';
    await say(context, this.deps, { text: text(context, this.deps, key, { reference }) });
    return step.endDialog({});
  }

  /** An e-mail address or phone number; a question or "ik heb geen e-mail" hears why and what else will do. */
  private async validateContact(prompt: {
    context: TurnContext;
    attemptCount: number;
    state: object;
  }): Promise<boolean> {
    const answer = prompt.context.activity.text ?? '';
    const state = prompt.state as ContactPromptState;
    const previous = state.previous;
    state.previous = undefined;
    const contact = await readContact(prompt.context, this.deps);
    // "jan punt jansen", then "apenstaartje gmail punt com": the two answers together.
    const email = !contact && previous ? emailInTwoParts(previous, answer) : undefined;
    if (email) {
      prompt.context.turnState.set(CONTACT_IN_PARTS, { email });
      return true;
    }
    // "Bel me maar", "ruf mich an": by phone, so the number is asked.
    if (!contact && wantsPhoneCall(answer) && prompt.attemptCount < 3) {
      await say(prompt.context, this.deps, {
        text: text(prompt.context, this.deps, 'arrangement:contact.phone'),
        expectsInput: true,
      });
      return false;
    }
    if (await understood((c) => readContact(c, this.deps))(prompt)) return true;
    state.previous = answer;
    // Not a contact but an answer to the schedule after all ("het maandbedrag is toch te hoog").
    if (scheduleObjection(answer)) return true;
    // "Actually no", "ich muss mir das überlegen": not now (askConfirmation says nothing was requested).
    if ((await changedMind(prompt.context, this.deps)) || wantsToPayInFull(answer)) return true;
    if (
      isQuestion(answer) ||
      saysDontKnow(answer) ||
      saysNotUnderstood(answer) ||
      (mentionsContact(answer) && /\b(geen|no|kein\w*|nie mam)\b/i.test(answer))
    ) {
      await say(prompt.context, this.deps, {
        text: text(prompt.context, this.deps, 'arrangement:contact.why'),
        expectsInput: true,
      });
    }
    return false;
  }

  /**
   * An e-mail address or phone number given before the contact question (with the request, with
   * the letter's number), kept so the contact question reads it back instead of asking it. A phone
   * number is not read from a message with the CJIB number in it: its digits are the number's.
   */
  private async rememberContact(context: TurnContext, recognition?: Recognition): Promise<void> {
    const { entities } = recognition ?? (await turnRecognition(context, this.deps));
    const contact = entities.email
      ? { email: entities.email }
      : entities.phone && !entities.cjibNumber && !entities.postcode
        ? { phone: entities.phone }
        : undefined;
    if (contact) (await this.deps.state.conversation.get(context, {})).arrangementContact = contact;
  }

  /**
   * Nothing requested, said so. The arrangement stays on offer for the next message: "actually yes,
   * send it" or "doch, ich möchte sie" starts it again (the identification is kept).
   */
  private async sayDeclined(context: TurnContext): Promise<void> {
    await say(context, this.deps, { text: text(context, this.deps, 'arrangement:plan.declined') });
    const data = await this.deps.state.conversation.get(context, {});
    data.pendingClarification = ['payment_arrangement'];
  }

  private confirmChoices(context: TurnContext) {
    return yesNoChoices(context, this.deps, 'arrangement:confirm.yes', 'arrangement:confirm.no');
  }
}
