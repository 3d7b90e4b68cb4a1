import type { DialogContext } from 'botbuilder-dialogs';
import {
  asksAboutContact,
  mentionsContact,
  wantsOtherContact,
  wantsPhoneCall,
} from '../domain/arrangement/contactAnswer';
import { asksDecisionTime } from '../domain/arrangement/decisionQuestion';
import { asksIfFiledTwice } from '../domain/arrangement/filedTwice';
import { asksWhenAgain } from '../domain/arrangement/whenAgain';
import { disputesRefusal } from '../domain/arrangement/refusalDispute';
import { asksFirstDueDate } from '../domain/arrangement/firstDueQuestion';
import { paymentQuestion } from '../domain/arrangement/paymentQuestion';
import { asksWhatSendingDoes } from '../domain/arrangement/sendingAsked';
import { agreesToMonths } from '../domain/arrangement/monthsAgreement';
import { wantsToPayInFull } from '../domain/arrangement/payInFull';
import { asksMonthlyAmount, asksWhyNot } from '../domain/arrangement/planQuestions';
import { ownMonthlyAmountCents } from '../domain/arrangement/ownMonthlyAmount';
import { asksOwnQuestion } from '../domain/arrangement/ownQuestion';
import { scheduleObjection } from '../domain/arrangement/scheduleObjection';
import { asksHowLongToSpread } from '../domain/arrangement/spreadQuestion';
import { asksScheduleTotal } from '../domain/arrangement/totalQuestion';
import { asksForPerson } from '../domain/handoff/personRequest';
import { abroadAsk } from '../domain/knowledge/livingAbroad';
import type { TopicId } from '../domain/knowledge/topics';
import type { Recognition } from '../domain/ports/recognizer';
import type { Reply } from '../domain/ports/replyRenderer';
import { saysIsBack } from '../domain/arrangement/backAgain';
import { asksForReference } from '../domain/language/referenceQuestion';
import { refersToOwnNumber } from '../domain/language/ownNumberReference';
import { asksToWait } from '../domain/language/waitRequest';
import { claimsAside } from './arrangementClaimAnswers';
import {
  CONFIRM_PROMPT,
  CONTACT_PROMPT,
  draftOnStack,
  OWN_QUESTIONS,
  personOfferReason,
  standardAtOffer,
  PLAN_PROMPT,
} from './arrangementFlowState';
import { arrangementQuestion, readAgreement, readPlanAnswer } from './arrangementPrompts';
import { firstDueReply, scheduleTotalReply } from './arrangementReplies';
import { personalTermsReply, scheduleQuestionReply, type TermsSaid } from './arrangementScheduleAnswers';
import type { DialogDeps } from './dialogDeps';
import { IDENTIFY_DEBTOR_DIALOG } from './identifyDebtorDialog';
import { PERSON_OFFER_DIALOG } from './personOfferDialog';
import { say, text, turnRecognition } from './turn';

/*
 * While the flow asks its questions, a message is either an answer to the question or an aside:
 * a question about the schedule on the table or about arrangements, answered before the question
 * is asked again.
 */

/** A question about the schedule on the table, answered from it; undefined when none is on the table. */
export function scheduleAside(innerDc: DialogContext, deps: DialogDeps): Reply | undefined {
  const asking = innerDc.activeDialog?.id;
  // "Hoeveel moet ik dan per maand?" after "too high": a personal amount is the CJIB's to set.
  if (asking === PERSON_OFFER_DIALOG && personOfferReason(innerDc) === 'personal_arrangement') {
    // "En over 36 maanden?": the months of the standard arrangement, and that a personal one is set by the CJIB.
    const standard = standardAtOffer(innerDc);
    const months =
      standard?.totalCents !== undefined
        ? personalTermsReply(innerDc.context, deps, {
            totalAmount: standard.totalCents,
            months: standard.months,
          })
        : undefined;
    if (months) return months;
    return asksMonthlyAmount(innerDc.context.activity.text ?? '')
      ? { text: text(innerDc.context, deps, 'arrangement:person.personalAmount') }
      : undefined;
  }
  // "When is the first payment due?" once the schedule is shown: its date, then the question again.
  const draft = asking && OWN_QUESTIONS.has(asking) ? draftOnStack(innerDc) : undefined;
  if (!draft) return undefined;
  const context = innerDc.context;
  const message = context.activity.text ?? '';
  // "Heb ik nou 2 keer aangevraagd?" before confirming: nothing is sent yet.
  if (asksIfFiledTwice(message)) return { text: text(context, deps, 'arrangement:filed.notYet') };
  // "Weet u zeker dat het verstuurd wordt?" at the confirmation: what a yes does, then the question again.
  if (asking === CONFIRM_PROMPT && asksWhatSendingDoes(message))
    return { text: text(context, deps, 'arrangement:filed.onYes') };
  // "Wat is mijn referentienummer?" before sending: it comes with the sending (not the contact's use).
  if (asksForReference(message)) return { text: text(context, deps, 'arrangement:filed.referenceNotYet') };
  // "Fine, the 6 months then": an answer to the schedule, not a question about its months.
  if (asking === PLAN_PROMPT && agreesToMonths(message, draft.months)) return undefined;
  // What was said at this question is kept in its prompt's state (asked again, it is not repeated).
  const said = innerDc.activeDialog?.state as TermsSaid | undefined;
  // "… en kan ik ook eerder aflossen?" beside it: that question about the schedule is answered too.
  const besides = (): Reply | undefined =>
    paymentQuestion(message) ? scheduleQuestionReply(context, deps, draft, said) : undefined;
  // "Wanneer … pas in maart beginnen?" asks for a later start (scheduleQuestionReply), not the date.
  if (asksFirstDueDate(message) && paymentQuestion(message) !== 'laterStart')
    return bothAnswers(firstDueReply(context, deps, draft), besides());
  // "How much is it in total?": the schedule's total (not a new lookup), then the question again.
  if (asksScheduleTotal(message)) return bothAnswers(scheduleTotalReply(context, deps, draft), besides());
  if (asksDecisionTime(message)) return { text: text(context, deps, 'arrangement:plan.decisionTime') };
  // "I live in Spain now, can I still do instalments?": yes, this request goes from here (not the whole topic).
  if (abroadAsk(message)?.lead === 'abroadInstalments')
    return { text: text(context, deps, 'arrangement:plan.fromAbroad') };
  // "Kan het over 12 maanden?", "can my partner pay?": the term table or what is (not) known.
  return claimsAside(innerDc, deps, message) ?? scheduleQuestionReply(context, deps, draft, said);
}

/** Two questions about the schedule in one message: both answers, one after the other. */
function bothAnswers(first: Reply, second: Reply | undefined): Reply {
  if (!second || second.text === first.text) return first;
  const spoken = first.speech !== undefined || second.speech !== undefined;
  return {
    text: `${first.text}\n\n${second.text}`,
    ...(spoken ? { speech: `${first.speech ?? first.text} ${second.speech ?? second.text}` } : {}),
  };
}

/** A question about arrangements mid-flow: the knowledge base's topic to answer, before the question again. */
export async function arrangementAside(
  innerDc: DialogContext,
  deps: DialogDeps,
): Promise<TopicId | undefined> {
  const asking = innerDc.activeDialog?.id;
  if (asksAboutRefusal(innerDc) || namesOwnAmountAtOffer(innerDc)) return undefined;
  const draft = asking === PLAN_PROMPT ? draftOnStack(innerDc) : undefined;
  if (draft && agreesToMonths(innerDc.context.activity.text ?? '', draft.months)) return undefined;
  if (asking && OWN_QUESTIONS.has(asking)) return arrangementQuestion(innerDc.context, deps);
  // "How long can I spread it?" while the letter's number or postcode is asked: the months, not the deadline.
  if (asking === IDENTIFY_DEBTOR_DIALOG && asksHowLongToSpread(innerDc.context.activity.text ?? ''))
    return 'instalment_terms';
  return undefined;
}

/**
 * Whether a message answers the flow's own question (contact, confirmation, schedule) rather than
 * being a question for the knowledge base: at the schedule, "I cannot pay" or "that is too much".
 */
export async function answersOwnQuestion(
  innerDc: DialogContext,
  deps: DialogDeps,
  recognition: Recognition,
): Promise<boolean> {
  const asking = innerDc.activeDialog?.id;
  // "nee, het mailadres klopt niet" at the confirmation answers it (and is not a question about contact).
  // "Het maandbedrag is toch te hoog" after accepting the schedule: still an answer to it.
  if (asking === CONFIRM_PROMPT)
    return (
      recognition.entities.yesNo !== undefined ||
      readAgreement(recognition.text) !== undefined ||
      scheduleObjection(recognition.text) !== undefined ||
      wantsOtherContact(recognition.text) ||
      asksAboutContact(recognition.text) ||
      wantsToPayInFull(recognition.text)
    );
  // "ik heb geen e-mail" at the contact question is about the contact, which the question explains.
  // "Dlaczego nie?", "wanneer kan ik dan wel weer?" after a refusal: the offer's own answer (its reason).
  if (asking === PERSON_OFFER_DIALOG) return asksAboutRefusal(innerDc) || namesOwnAmountAtOffer(innerDc);
  if (asking === CONTACT_PROMPT)
    return (
      mentionsContact(recognition.text) ||
      // "Dit nummer": the number they call from, not a question about the letter's number.
      refersToOwnNumber(recognition.text) ||
      // "Bel me maar": how to be reached, not a request for a person now.
      wantsPhoneCall(recognition.text) ||
      scheduleObjection(recognition.text) === 'tooHigh' ||
      wantsToPayInFull(recognition.text)
    );
  if (asking !== PLAN_PROMPT) return false;
  if (recognition.intent === 'cannot_pay') return true;
  // "Einverstanden" answers the schedule (the recogniser hears "nicht einverstanden": an objection).
  if (readAgreement(recognition.text) !== undefined) return true;
  const answer = await readPlanAnswer(innerDc.context, deps, draftOnStack(innerDc)?.months);
  // "I want to pay it all at once" answers the schedule too (the recogniser hears how_to_pay);
  // "na gut, dann 6" agrees to the months.
  const months = draftOnStack(innerDc)?.months;
  if (months !== undefined && agreesToMonths(recognition.text, months)) return true;
  return answer === 'tooHigh' || answer === 'cannotPay' || answer === 'atOnce';
}

/**
 * "Hang on, let me check my bank", "wacht even, ik kijk in mijn bankapp" at the flow's own
 * questions: the assistant waits, and the question stays open; "ok I'm back" after it hears the
 * question again. True when handled. A message that also gives an e-mail address or number is an
 * answer and is read as one.
 */
export async function waitsAtOwnQuestion(innerDc: DialogContext, deps: DialogDeps): Promise<boolean> {
  const asking = innerDc.activeDialog?.id;
  const message = innerDc.context.activity.text ?? '';
  const back = saysIsBack(message);
  if (!asking || !OWN_QUESTIONS.has(asking) || !(asksToWait(message) || back)) return false;
  const { entities } = await turnRecognition(innerDc.context, deps);
  if (entities.email || entities.phone || entities.cjibNumber) return false;
  // "Ok I'm back": the question again (its "ok" is no yes); the waiting said so only once.
  if (back) await innerDc.repromptDialog();
  else await say(innerDc.context, deps, { text: text(innerDc.context, deps, 'common:wait.reply') });
  return true;
}

/**
 * A question at the offer of a person that nothing above answers ("komt er rente bij?" after the
 * noodstop): said to have no exact answer here, rather than only the offer again. "Why not?" is the
 * offer's own (its reason), a yes or no answers it, and a person asked for is the handoff.
 */
export async function unansweredAtPersonOffer(
  innerDc: DialogContext,
  deps: DialogDeps,
): Promise<Reply | undefined> {
  if (innerDc.activeDialog?.id !== PERSON_OFFER_DIALOG) return undefined;
  const message = innerDc.context.activity.text ?? '';
  if (!asksOwnQuestion(message) || asksWhyNot(message) || asksAboutRefusal(innerDc)) return undefined;
  const recognition = await turnRecognition(innerDc.context, deps);
  if (recognition.entities.yesNo !== undefined || asksForPerson(message)) return undefined;
  // What the recogniser knows ("kan ik mijn boete opzoeken?") is the router's to answer.
  if (recognition.intent !== 'none' && recognition.score >= deps.confidenceThreshold) return undefined;
  return { text: text(innerDc.context, deps, 'arrangement:person.noAnswer') };
}

/**
 * "Ik kan maar 20 euro per maand" at the offer of a person for a personal arrangement: the offer's own
 * answer (PersonOfferDialog acknowledges the amount for staff), not the personal-arrangement text again.
 */
function namesOwnAmountAtOffer(innerDc: DialogContext): boolean {
  if (innerDc.activeDialog?.id !== PERSON_OFFER_DIALOG) return false;
  if (personOfferReason(innerDc) !== 'personal_arrangement') return false;
  return ownMonthlyAmountCents(innerDc.context.activity.text ?? '', undefined) !== undefined;
}

/**
 * "Why not?", "when can I again?" or "that's not right, I did pay" at the offer of a person after a
 * refused standard arrangement: the offer's own answers.
 */
function asksAboutRefusal(innerDc: DialogContext): boolean {
  if (innerDc.activeDialog?.id !== PERSON_OFFER_DIALOG) return false;
  if (personOfferReason(innerDc) !== 'broken_arrangement') return false;
  const message = innerDc.context.activity.text ?? '';
  return asksWhyNot(message) || asksWhenAgain(message) || disputesRefusal(message);
}
