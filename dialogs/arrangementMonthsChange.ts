import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { monthsChangedTo } from '../domain/arrangement/monthsChange';
import { formatMoney } from '../domain/money';
import {
  CONFIRM_PROMPT,
  CONTACT_PROMPT,
  draftOnStack,
  STEPS,
  stepsOptionsOnStack,
} from './arrangementFlowState';
import { readContact } from './arrangementPrompts';
import { ownBand } from './arrangementScheduleAnswers';
import type { DialogDeps } from './dialogDeps';
import { isSpeechTurn, say, text, turnLocale } from './turn';

/**
 * "Nee wacht, 6 maanden graag", "actually, 12 months please", "doch lieber 6 Monate", "jednak 6
 * miesięcy" at the contact question or the confirmation: the citizen changed their mind about the
 * schedule they agreed to, so the schedule is offered again and its question asked, and the flow goes
 * on from there. The months follow from the term table (DOMAIN.md §1.3): months that are not the
 * table's for this amount hear honestly which band they belong to. The identification, the fines
 * chosen and a contact given (kept in the conversation, read back at the confirmation) stay.
 */
export async function changeMonths(
  innerDc: DialogContext,
  deps: DialogDeps,
): Promise<DialogTurnResult | undefined> {
  const asking = innerDc.activeDialog?.id;
  if (asking !== CONTACT_PROMPT && asking !== CONFIRM_PROMPT) return undefined;
  const context = innerDc.context;
  const months = monthsChangedTo(context.activity.text ?? '');
  const draft = draftOnStack(innerDc);
  if (months === undefined || !draft) return undefined;
  // "Mijn mail is … en liever 6 maanden": a contact is an answer to the question, read by it.
  if (await readContact(context, deps)) return undefined;
  const band = { totalAmount: draft.totalAmount, months: draft.months };
  const sentences =
    months === draft.months
      ? [text(context, deps, 'arrangementMonths:same', { months })]
      : [
          ...ownBand(context, deps, band, months),
          text(context, deps, advice(months < draft.months, isSpeechTurn(context)), {
            monthly: formatMoney(draft.monthlyAmount, turnLocale(context)),
            total: formatMoney(draft.totalAmount, turnLocale(context)),
            tooHigh: text(context, deps, 'arrangement:plan.tooHigh'),
          }),
          text(context, deps, 'arrangementMonths:again'),
        ];
  await say(context, deps, { text: sentences.join(isSpeechTurn(context) ? ' ' : '\n\n') });
  const options = stepsOptionsOnStack(innerDc);
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(STEPS, options);
}

/**
 * "I would like to pay over 12 months" said before the schedule was shown, when the table gives other
 * months: under the schedule, honestly which band those months belong to and what is possible instead,
 * as for a change of mind (the schedule's question follows).
 */
export async function sayMonthsWishedBefore(
  context: TurnContext,
  deps: DialogDeps,
  schedule: { totalCents: number; monthlyCents: number; months: number },
  wished: number,
): Promise<void> {
  if (wished === schedule.months) return;
  const money = (cents: number): string => formatMoney(cents, turnLocale(context));
  const sentences = [
    ...ownBand(context, deps, { totalAmount: schedule.totalCents, months: schedule.months }, wished),
    text(context, deps, advice(wished < schedule.months, isSpeechTurn(context)), {
      monthly: money(schedule.monthlyCents),
      total: money(schedule.totalCents),
      tooHigh: text(context, deps, 'arrangement:plan.tooHigh'),
    }),
  ];
  await say(context, deps, { text: sentences.join(isSpeechTurn(context) ? ' ' : '\n\n') });
}

/** Fewer months: done sooner or paying at once; more: the personal arrangement when the amount is too high. */
function advice(fewer: boolean, spoken: boolean): string {
  if (fewer) return 'arrangement:terms.fewer';
  return spoken ? 'arrangement:terms.tooHighSpeech' : 'arrangement:terms.tooHigh';
}
