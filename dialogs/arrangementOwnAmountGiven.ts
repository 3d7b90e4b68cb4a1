import type { TurnContext } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { monthsWished } from '../domain/arrangement/monthsWished';
import { offeredMonthlyCents } from '../domain/arrangement/ownMonthlyAmount';
import type { Recognition } from '../domain/ports/recognizer';
import { ownAmountFitsReply } from './arrangementReplies';
import type { DialogDeps } from './dialogDeps';
import { acknowledgeOwnAmount } from './ownAmountOffer';
import { say } from './turn';

/**
 * "Ich möchte in Raten zahlen, ich kann 50 im Monat", "mogę płacić 30 euro miesięcznie": a monthly
 * amount named before the schedule was shown is not lost. Read once, from the message that started
 * the flow (its recognition is in the steps' options), only when the schedule is shown.
 */
/** "I would like to pay over 12 months" in the message that started the flow: those months. */
export function monthsGivenBefore(step: WaterfallStepContext): number | undefined {
  const { recognition } = (step.options ?? {}) as { recognition?: Recognition };
  return recognition?.text ? monthsWished(recognition.text) : undefined;
}

export function ownAmountGivenBefore(step: WaterfallStepContext): number | undefined {
  const { recognition } = (step.options ?? {}) as { recognition?: Recognition };
  return recognition?.text ? offeredMonthlyCents(recognition) : undefined;
}

/**
 * Under the schedule: the amount fits (it is at least the monthly amount), or it is less, which only a
 * personal arrangement can give (DOMAIN.md §1.4; kept for staff); the schedule's question follows.
 */
export async function sayOwnAmountGiven(
  context: TurnContext,
  deps: DialogDeps,
  own: number,
  schedule: { monthlyCents: number; months: number; totalCents: number },
): Promise<void> {
  if (own >= schedule.monthlyCents) {
    await say(context, deps, ownAmountFitsReply(context, deps, { own, ...schedule }));
    return;
  }
  await acknowledgeOwnAmount(context, deps, own, schedule);
}
