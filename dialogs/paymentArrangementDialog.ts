import {
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
} from 'botbuilder-dialogs';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import {
  answersOwnQuestion,
  arrangementAside,
  scheduleAside,
  unansweredAtPersonOffer,
  waitsAtOwnQuestion,
} from './arrangementAsides';
import { chooseClaims } from './arrangementClaimChoice';
import { confirmSteps, confirmValidator } from './arrangementConfirmSteps';
import { rememberContact, validateContact } from './arrangementContact';
import { answersQuestionAboutSomething } from './arrangementKnowledgeAside';
import { navigateFlow, questionBeforeSchedule } from './arrangementNavigation';
import {
  CONFIRM_PROMPT,
  CONFIRM_STEPS,
  CONTACT_PROMPT,
  PLAN_PROMPT,
  STEPS,
  type StepsOptions,
} from './arrangementFlowState';
import { changeMonths } from './arrangementMonthsChange';
import { planValidator, scheduleSteps } from './arrangementScheduleSteps';
import { ownDueDateAside } from './arrangementOwnDueDate';
import type { DialogDeps } from './dialogDeps';
import { topicReply } from './faqAnswer';
import { IDENTIFY_DEBTOR_DIALOG, IdentifyDebtorDialog } from './identifyDebtorDialog';
import { topicDuringArrangement } from '../domain/arrangement/topicDuringArrangement';
import type { TopicId } from '../domain/knowledge/topics';
import { InterruptibleDialog } from './interruptibleDialog';
import { dropLookupOfferIfLooking } from './lookupOffer';
import { PersonOfferDialog } from './personOfferDialog';
import { say, turnLocale } from './turn';

export const PAYMENT_ARRANGEMENT_DIALOG = 'paymentArrangement';

/**
 * Requesting a standard payment arrangement (DOMAIN.md §1). Verifies the citizen through the
 * lookup's dialog; shows a running arrangement, the claims left out and why, and the schedule
 * (months, monthly amount, first due date); asks for confirmation and a contact for the decision;
 * then files the request exactly once: stored in the outbox under an idempotency key derived from
 * the request itself (a double confirmation, a retried turn or the same request asked again all
 * find the one stored request), and the citizen gets its reference at once. "Too high" leads to a
 * personal arrangement and "I cannot pay at all" to the noodstop, each with the offer of a person.
 *
 * The steps live in arrangementScheduleSteps (up to the schedule) and arrangementConfirmSteps
 * (contact, confirmation, filing); the questions aside in arrangementAsides.
 */
export class PaymentArrangementDialog extends InterruptibleDialog {
  private readonly identifyDebtor: IdentifyDebtorDialog;

  constructor(deps: DialogDeps) {
    super(PAYMENT_ARRANGEMENT_DIALOG, deps);
    this.identifyDebtor = new IdentifyDebtorDialog(deps);
    this.addDialog(this.identifyDebtor);
    this.addDialog(new PersonOfferDialog(deps));
    this.addDialog(new TextPrompt(PLAN_PROMPT, planValidator(deps)));
    this.addDialog(new TextPrompt(CONTACT_PROMPT, (p) => validateContact(deps, p)));
    this.addDialog(new TextPrompt(CONFIRM_PROMPT, confirmValidator(deps)));
    this.addDialog(new WaterfallDialog(STEPS, scheduleSteps(deps)));
    this.addDialog(new WaterfallDialog(CONFIRM_STEPS, confirmSteps(deps)));
    this.initialDialogId = STEPS;
  }

  /** A question about arrangements mid-flow is answered from the knowledge base, then the flow asks again. */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    // "9698 9486 1458 0658, my e-mail is …": kept for the contact question, which is then not asked.
    if (innerDc.activeDialog?.id === IDENTIFY_DEBTOR_DIALOG)
      await rememberContact(innerDc.context, this.deps);
    // "Terug", "ik wil opnieuw beginnen": a step back or the request from the start, not a stop.
    // "Nee wacht, 6 maanden graag" after agreeing: the schedule again (arrangementMonthsChange.ts).
    const moved =
      (await navigateFlow(innerDc, this.deps)) ??
      (await chooseClaims(innerDc, this.deps)) ??
      (await changeMonths(innerDc, this.deps));
    if (moved) return moved;
    // "Hang on, let me check my bank" at the flow's questions: it waits (not a switch to a lookup).
    if (await waitsAtOwnQuestion(innerDc, this.deps)) return Dialog.EndOfTurn;
    // "Wanneer moet de boete uiterlijk betaald zijn?" at the schedule: the own dates (arrangementOwnDueDate.ts).
    const aside =
      (await ownDueDateAside(innerDc, this.deps)) ??
      scheduleAside(innerDc, this.deps) ??
      questionBeforeSchedule(innerDc, this.deps);
    if (aside) {
      await say(innerDc.context, this.deps, aside);
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    const topicId = await arrangementAside(innerDc, this.deps);
    // "Wat is een noodstop?" at the schedule: the answer, and the schedule's question again.
    if (!topicId && (await answersQuestionAboutSomething(innerDc, this.deps))) return Dialog.EndOfTurn;
    if (!topicId) {
      const unanswered = await unansweredAtPersonOffer(innerDc, this.deps);
      if (!unanswered) return super.onContinueDialog(innerDc);
      await say(innerDc.context, this.deps, unanswered);
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    const locale = turnLocale(innerDc.context);
    const reply = topicReply(this.deps.localizer, locale, topicId, false);
    // (The fine is looked up here already: no offer to look it up.)
    const data = await this.deps.state.conversation.get(innerDc.context, {});
    dropLookupOfferIfLooking(this.deps.localizer, locale, topicId, data, reply);
    await say(innerDc.context, this.deps, reply);
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** "Thanks, bye" before sending: the citizen must not leave thinking the request went out. */
  protected override unsentNote(): string {
    return 'arrangement:leftUnsent';
  }

  /**
   * "Can we continue in English?" at the contact question or the confirmation: the flow goes on at
   * that question in the new language (the schedule agreed to, the fines chosen and a contact given
   * kept), not at the schedule's question again.
   */
  protected override optionsAfterLanguageChange(innerDc: DialogContext): object | undefined {
    const asking = innerDc.activeDialog?.id;
    // (Not "ask the letter's number again": the identification stands.)
    const options = { ...this.startOptions(innerDc) } as StepsOptions & { askAgain?: boolean };
    delete options.askAgain;
    delete options.resumeAt;
    if (asking === CONTACT_PROMPT) return { ...options, resumeAt: 'contact' } satisfies StepsOptions;
    if (asking === CONFIRM_PROMPT) return { ...options, resumeAt: 'confirmation' } satisfies StepsOptions;
    return options;
  }

  /** After the contact question or the confirmation, a call back declined goes on at it (the schedule was agreed to). */
  protected override keepsQuestion(innerDc: DialogContext): boolean {
    const asking = innerDc.activeDialog?.id;
    return asking === CONTACT_PROMPT || asking === CONFIRM_PROMPT;
  }

  /** "Kan ik ook bezwaar maken?" at the schedule: an appeal means no arrangement now (topicDuringArrangement.ts). */
  protected override topicInFlow(topicId: TopicId): TopicId {
    return topicDuringArrangement(topicId);
  }

  protected override currentFlow(): IntentId {
    return 'payment_arrangement';
  }

  /** At the schedule, "I cannot pay" or "that is too much" is an answer to it, not a question for the knowledge base. */
  protected override async isAnswer(innerDc: DialogContext, recognition: Recognition): Promise<boolean> {
    // While the letter's number or postcode is asked, that dialog knows its answers ("my licence plate?").
    if (innerDc.activeDialog?.id === IDENTIFY_DEBTOR_DIALOG && innerDc.child)
      return this.identifyDebtor.answersCurrentQuestion(innerDc.child, recognition);
    return answersOwnQuestion(innerDc, this.deps, recognition);
  }
}
