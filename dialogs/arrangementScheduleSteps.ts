import type { TurnContext } from 'botbuilder';
import type {
  DialogTurnResult,
  PromptValidatorContext,
  WaterfallStep,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
import { arrangementDraft } from '../domain/arrangement/arrangementDraft';
import { claimLines } from '../domain/arrangement/claimLines';
import { ownAmountThatFits } from '../domain/arrangement/ownAmountFits';
import { asksOwnQuestion } from '../domain/arrangement/ownQuestion';
import { wantsToPayInFull } from '../domain/arrangement/payInFull';
import { scheduleObjection } from '../domain/arrangement/scheduleObjection';
import { saysSendAfterAll } from '../domain/arrangement/sendAfterAll';
import { saysUnsure } from '../domain/arrangement/unsure';
import { saysWorried } from '../domain/language/worry';
import { saysNumberWasWrong } from '../domain/language/numberCorrection';
import type { Recognition } from '../domain/ports/recognizer';
import { assess, refuse, sayAssessment } from './arrangementAssessment';
import type { ClaimChoice } from './arrangementClaimChoice';
import { rememberContact } from './arrangementContact';
import { objected, payInFull, sayDeclined } from './arrangementEndings';
import { rememberFiled, sayFiledAlready } from './arrangementFiling';
import {
  CONFIRM_STEPS,
  PLAN_PROMPT,
  type PlanValidations,
  type Proposal,
  proposalOf,
  STEPS,
  type StepsOptions,
} from './arrangementFlowState';
import { confirmChoices } from './arrangementConfirmSteps';
import { resumedConfirmation } from './arrangementDeclinedResume';
import {
  planChoices,
  promptOptions,
  readContact,
  readPlanAnswer,
  readYesNo,
  understood,
} from './arrangementPrompts';
import { monthsGivenBefore, ownAmountGivenBefore, sayOwnAmountGiven } from './arrangementOwnAmountGiven';
import { sayMonthsWishedBefore } from './arrangementMonthsChange';
import { ownAmountFitsReply, scheduleReply } from './arrangementReplies';
import { unsureReply } from './arrangementScheduleAnswers';
import { requestCoveringAny } from './overlappingRequest';
import { answerAskedBeforeSchedule } from './arrangementAskedBefore';
import type { DialogDeps } from './dialogDeps';
import { IDENTIFY_DEBTOR_DIALOG, type IdentifyOptions, type IdentifyResult } from './identifyDebtorDialog';
import type { FlowResult } from './mainDialog';
import { say, text, turnRecognition } from './turn';

/** The flow up to the schedule: identify the citizen, propose a schedule, read the answer to it. */
export function scheduleSteps(deps: DialogDeps): WaterfallStep[] {
  return [(s) => identify(deps, s), (s) => propose(deps, s), (s) => afterPlan(deps, s), finished];
}

/** What the schedule question accepts as an answer (read again by `afterPlan`). */
export function planValidator(deps: DialogDeps) {
  return async (prompt: PromptValidatorContext<string>): Promise<boolean> => {
    // "Can I pay 50 a month?" with 21.50 proposed: not too high at all; said so, and the question again.
    if (await ownAmountFits(deps, prompt.context, prompt.options.validations as PlanValidations)) {
      if (prompt.options.retryPrompt) await prompt.context.sendActivity(prompt.options.retryPrompt);
      return false;
    }
    // "Ik weet het niet", "nie wiem" (not a no): what each choice means, then the question itself.
    const message = prompt.context.activity.text ?? '';
    const notAnAnswer = !scheduleObjection(message) && !wantsToPayInFull(message);
    // "Ik heb hier echt stress van": a kind word and the ways on, then the question itself.
    const worried = notAnAnswer && saysWorried(message);
    if (worried || (saysUnsure(message) && notAnAnswer)) {
      await say(
        prompt.context,
        deps,
        unsureReply(prompt.context, deps, prompt.options.validations as PlanValidations, worried),
      );
      if (prompt.options.prompt) await prompt.context.sendActivity(prompt.options.prompt);
      return false;
    }
    const months = (prompt.options.validations as PlanValidations | undefined)?.months;
    if (await understood((c) => readPlanAnswer(c, deps, months))(prompt)) return true;
    // "Sorry, verkeerd nummer", "wrong letter, it is 9698 …": the fines shown are not the right ones
    // (see afterPlan, which starts again with the letter's number given).
    if (saysNumberWasWrong(prompt.context.activity.text ?? '')) return true;
    if ((await turnRecognition(prompt.context, deps)).entities.cjibNumber) return true;
    // "Kan ik het later nog aanpassen?": no exact answer here, then the choices again (the retry).
    if (asksOwnQuestion(prompt.context.activity.text ?? '')) {
      await say(prompt.context, deps, { text: text(prompt.context, deps, 'arrangement:confirm.noAnswer') });
      // Having said something, the prompt does not send its retry itself.
      if (prompt.options.retryPrompt) await prompt.context.sendActivity(prompt.options.retryPrompt);
    }
    return false;
  };
}

/**
 * An own monthly amount at or above the proposed one ("can I pay 50 a month?" at 21.50): the
 * schedule is affordable, which is said (a personal arrangement is for amounts that are too
 * high). True when it was said.
 */
async function ownAmountFits(
  deps: DialogDeps,
  context: TurnContext,
  limits: PlanValidations | undefined,
): Promise<boolean> {
  if (!limits) return false;
  const recognition = await turnRecognition(context, deps);
  const own = ownAmountThatFits(recognition.text, recognition.entities.amountCents, limits.monthlyCents);
  if (own === undefined) return false;
  await say(context, deps, ownAmountFitsReply(context, deps, { own, ...limits }));
  return true;
}

async function identify(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const { recognition, askAgain } = (step.options ?? {}) as { recognition?: Recognition; askAgain?: boolean };
  // "Ratenzahlung bitte, Sie erreichen mich unter lena@example.de": not asked for again later.
  await rememberContact(step.context, deps, recognition);
  return step.beginDialog(IDENTIFY_DEBTOR_DIALOG, {
    recognition,
    purpose: 'arrangement',
    ...(askAgain ? { ask: 'again' as const } : {}),
  } satisfies IdentifyOptions);
}

async function propose(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const identified = step.result as IdentifyResult | undefined;
  // An interruption (a person, stop) passes on to the router; a failed identification has said why.
  if (!identified || !('status' in identified)) return step.endDialog(identified ?? {});
  if (identified.status !== 'identified') return step.endDialog({});
  const context = step.context;
  // "Alleen de boete van rood licht" at the schedule: the fines chosen (see arrangementClaimChoice).
  const { only } = (step.options ?? {}) as ClaimChoice;
  const claims = only ? identified.claims.filter((c) => only.includes(c.cjibNumber)) : identified.claims;
  const assessment = await assess(deps, identified.debtorId, claims);
  if (!assessment) {
    await say(context, deps, { text: text(context, deps, 'arrangement:unavailable') });
    return step.endDialog({});
  }
  const { decision } = assessment;
  // "Ja, toch wel versturen" after a no at the confirmation: straight back to it, the contact kept.
  // A change of language at the contact question or the confirmation: on at that question (askContact
  // reads a contact given back from the conversation).
  const { resumeAt } = (step.options ?? {}) as StepsOptions;
  const kept = decision.eligible
    ? ((resumeAt ? {} : undefined) ??
      (await resumedConfirmation(context, deps)) ??
      (await sendsAfterAll(context, deps)))
    : undefined;
  // "Ik heb al betaald" said at the number or the postcode: answered from these fines first.
  await answerAskedBeforeSchedule(context, deps, identified.claims);
  if (!kept) await sayAssessment(context, deps, assessment);
  if (!decision.eligible) return refuse(deps, step, assessment, decision.reason);

  const { schedule } = decision;
  const draft = arrangementDraft(identified.debtorId, assessment.included, schedule);
  const already = await deps.arrangements!.requests.findByKey(draft.idempotencyKey).catch(() => undefined);
  if (already) {
    await rememberFiled(context, deps, already.reference, draft);
    await sayFiledAlready(context, deps, already.reference, draft);
    return step.endDialog({});
  }
  // Filed earlier for fewer or more of these fines: they are in that request, so none is filed twice.
  const overlapping = await requestCoveringAny(deps, draft.cjibNumbers);
  if (overlapping) {
    await rememberFiled(context, deps, overlapping.reference);
    await sayFiledAlready(context, deps, overlapping.reference);
    return step.endDialog({});
  }
  proposalOf(step).claimLines = claimLines(assessment.included, assessment.excluded);
  proposalOf(step).draft = draft;
  if (kept) return step.beginDialog(CONFIRM_STEPS, { draft, ...kept } satisfies Proposal);
  await say(context, deps, scheduleReply(context, deps, assessment.included, schedule));
  // A compensation order's statutory interest keeps running: the total grows and a bill for the rest
  // follows at the end (DOMAIN.md §1.7), said before the citizen agrees to the schedule.
  if (assessment.included.some((c) => c.type === 'schadevergoedingsmaatregel'))
    await say(context, deps, { text: text(context, deps, 'arrangement:plan.compensationInterest') });
  // An amount a month or a number of months said before the schedule (arrangementOwnAmountGiven.ts).
  const data = await deps.state.conversation.get(context, {});
  const own = ownAmountGivenBefore(step) ?? data.ownMonthlyCents;
  if (own !== undefined) {
    proposalOf(step).ownMonthlyCents = own;
    await sayOwnAmountGiven(context, deps, own, schedule);
  }
  const wished = monthsGivenBefore(step) ?? data.monthsWished;
  data.monthsWished = undefined;
  if (wished !== undefined && own === undefined) await sayMonthsWishedBefore(context, deps, schedule, wished);
  const keys = { ask: 'arrangement:plan.ask', retry: 'arrangement:plan.retry' };
  return step.prompt(PLAN_PROMPT, {
    ...promptOptions(context, deps, keys, planChoices(context, deps)),
    validations: {
      monthlyCents: schedule.monthlyCents,
      totalCents: schedule.totalCents,
      months: schedule.months,
    } satisfies PlanValidations,
  });
}

async function afterPlan(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const context = step.context;
  // Back from the confirmation that `propose` went straight to (no schedule question was asked).
  if (typeof step.result === 'object' && step.result !== null)
    return step.endDialog(step.result as FlowResult);
  // "Nee sorry, verkeerd nummer, het is 3338 …" at the schedule: start again with the right letter.
  const recognition = await turnRecognition(context, deps);
  const given = recognition.entities.cjibNumber;
  if (given && !proposalOf(step).draft.cjibNumbers.includes(given))
    return step.replaceDialog(STEPS, { recognition });
  if (!given && saysNumberWasWrong(recognition.text)) return step.replaceDialog(STEPS, { askAgain: true });
  const answer = await readPlanAnswer(context, deps, proposalOf(step).draft.months);
  switch (answer) {
    case 'yes': {
      // The standard schedule accepted: a lower amount said before is no longer the citizen's wish.
      (await deps.state.conversation.get(context, {})).ownMonthlyCents = undefined;
      // "Ja, mijn mailadres is …": the contact is not asked again.
      const contact = await readContact(context, deps);
      const draft = proposalOf(step).draft;
      return step.beginDialog(CONFIRM_STEPS, { draft, ...(contact ? { contact } : {}) } satisfies Proposal);
    }
    case 'tooHigh':
    case 'cannotPay':
      return objected(step, answer);
    case 'atOnce':
      return payInFull(deps, step);
    case 'no':
      await sayDeclined(deps, context);
      return step.endDialog({});
    default:
      return step.endDialog({ reroute: true } satisfies FlowResult);
  }
}

/**
 * The contact kept from a confirmation answered with no (see afterConfirm), when the flow starts
 * again with a yes to sending it after all ("ja toch wel versturen"); undefined otherwise (the
 * schedule is shown and asked).
 */
async function sendsAfterAll(
  context: TurnContext,
  deps: DialogDeps,
): Promise<Pick<Proposal, 'contact'> | undefined> {
  const kept = (await deps.state.conversation.get(context, {})).arrangementContact;
  if (!kept) return undefined;
  // A bare "ja" shows the schedule again (its confirmation then reads the contact back).
  if (!saysSendAfterAll(context.activity.text ?? '')) return undefined;
  const answer = await readYesNo(context, deps, confirmChoices(context, deps));
  return answer === 'yes' ? { contact: kept } : undefined;
}

/** The outcome of the contact and confirmation loop, passed on to the router. */
async function finished(step: WaterfallStepContext): Promise<DialogTurnResult> {
  return step.endDialog((step.result as FlowResult | undefined) ?? {});
}
