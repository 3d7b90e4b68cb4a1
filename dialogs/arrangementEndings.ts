// The ways the arrangement flow ends without filing a request, from the schedule question as well
// as from the contact and confirmation questions.
import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ownMonthlyAmountCents } from '../domain/arrangement/ownMonthlyAmount';
import type { ScheduleObjection } from '../domain/arrangement/scheduleObjection';
import { payInFullReply } from './arrangementReplies';
import { type Proposal, proposalOf } from './arrangementFlowState';
import type { DialogDeps } from './dialogDeps';
import { PERSON_OFFER_DIALOG, type PersonOfferOptions } from './personOfferDialog';
import { say, text } from './turn';

/**
 * The standard schedule is not the answer: too high leads to a personal arrangement, not being
 * able to pay at all to the noodstop; each explained, with the offer of a person.
 */
export async function objected(
  step: WaterfallStepContext,
  objection: ScheduleObjection,
): Promise<DialogTurnResult> {
  // "Too high" right after hearing under the schedule that the amount named before needs a personal
  // arrangement (arrangementOwnAmountGiven.ts): that is not said again, only the person offered.
  const told = toldUnderSchedule(step);
  const options: PersonOfferOptions =
    objection === 'tooHigh'
      ? told
        ? { reason: 'personal_arrangement', standard: told }
        : { reason: 'personal_arrangement', topicId: 'personal_arrangement', ...standardOf(step) }
      : { reason: 'cannot_pay', topicId: 'noodstop' };
  return step.replaceDialog(PERSON_OFFER_DIALOG, options);
}

/** The standard schedule, when an own amount below it was said under it and the objection names none. */
function toldUnderSchedule(step: WaterfallStepContext): PersonOfferOptions['standard'] | undefined {
  const { draft, ownMonthlyCents } = proposalOf(step);
  if (!draft || ownMonthlyCents === undefined || ownMonthlyCents >= draft.monthlyAmount) return undefined;
  if (ownMonthlyAmountCents(step.context.activity.text ?? '', undefined) !== undefined) return undefined;
  return { monthlyCents: draft.monthlyAmount, months: draft.months, totalCents: draft.totalAmount };
}

/**
 * The standard schedule's monthly amount, and the citizen's own when "ik kan maar 20 euro per maand"
 * was the objection: the offer of a person acknowledges it and staff see it (PersonOfferDialog).
 */
function standardOf(step: WaterfallStepContext): Pick<PersonOfferOptions, 'standard' | 'ownMonthlyCents'> {
  const draft = proposalOf(step).draft ?? (step.options as Partial<Proposal> | undefined)?.draft;
  if (!draft) return {};
  const standard = { monthlyCents: draft.monthlyAmount, months: draft.months, totalCents: draft.totalAmount };
  // ("Too high" after "ich kann nur 20 im Monat" before the schedule: that amount.)
  const own =
    ownMonthlyAmountCents(step.context.activity.text ?? '', undefined) ?? proposalOf(step).ownMonthlyCents;
  return own !== undefined && own > 0 ? { standard, ownMonthlyCents: own } : { standard };
}

/**
 * "I want to pay it all at once": nothing is requested; the total to pay, and the ways to pay
 * offered (a "yes" takes the offer, the router reads it).
 */
export async function payInFull(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const context = step.context;
  const data = await deps.state.conversation.get(context, {});
  data.pendingClarification = ['how_to_pay'];
  // "Tak, złóż wniosek", "doch beantragen" next: the arrangement after all (stoppedFlow.ts), not how to pay.
  data.stoppedFlow = 'payment_arrangement';
  await say(context, deps, payInFullReply(context, deps, proposalOf(step).draft.totalAmount));
  return step.endDialog({});
}

/**
 * Nothing requested, said so. The arrangement stays on offer for the next message: "actually yes,
 * send it" or "doch, ich möchte sie" starts it again (the identification is kept).
 */
export async function sayDeclined(deps: DialogDeps, context: TurnContext): Promise<void> {
  await say(context, deps, { text: text(context, deps, 'arrangement:plan.declined') });
  const data = await deps.state.conversation.get(context, {});
  data.pendingClarification = ['payment_arrangement'];
  // "Ik heb me bedacht, ik wil hem toch aanvragen" next starts it again, as after a stop (stoppedFlow.ts).
  data.stoppedFlow = 'payment_arrangement';
}
