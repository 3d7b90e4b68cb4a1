import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { termsForAmount } from '../domain/arrangement/termsForAmountQuestion';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import { askAboutPerson } from './personQuestion';
import { offeredMonthlyCents } from '../domain/arrangement/ownMonthlyAmount';
import { formatMoney } from '../domain/money';
import type { DialogDeps } from './dialogDeps';
import { say, text, turnLocale, turnRecognition } from './turn';

/**
 * "Het maandbedrag is te hoog", then "ik kan maar 20 euro per maand": the amount is acknowledged, said
 * to be below what the standard arrangement allows (DOMAIN.md §1.3-1.4: less a month only in a
 * personal arrangement, assessed by staff with supporting documents) and kept for the handoff, so
 * the member of staff sees it (HandoffSummary.ownMonthlyCents).
 */

/** The monthly amount the message names ("20 euro per maand", "fifty a month"), in cents. */
export async function ownAmountAtOffer(context: TurnContext, deps: DialogDeps): Promise<number | undefined> {
  const recognition = await turnRecognition(context, deps);
  return offeredMonthlyCents(recognition);
}

/** Says what the amount means against the standard schedule (when known) and keeps it for staff. */
export async function acknowledgeOwnAmount(
  context: TurnContext,
  deps: DialogDeps,
  ownCents: number,
  standard: { monthlyCents: number; months: number } | undefined,
): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  data.ownMonthlyCents = ownCents;
  const money = (cents: number): string => formatMoney(cents, turnLocale(context));
  const vars = {
    own: money(ownCents),
    ...(standard ? { monthly: money(standard.monthlyCents), months: standard.months } : {}),
  };
  const key = !standard
    ? 'guidance:ownAmount.general'
    : ownCents < standard.monthlyCents
      ? 'guidance:ownAmount.below'
      : 'guidance:ownAmount.fits';
  await say(context, deps, { text: text(context, deps, key, vars) });
}

/**
 * "Ik kan maar 20 euro per maand" after the personal arrangement or the terms of an amount named: that
 * amount acknowledged (against the standard one when the amount owed is known), and a person offered
 * with it passed on (HandoffSummary.ownMonthlyCents).
 */
export async function offerPersonForOwnAmount(
  step: WaterfallStepContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
  owed: number | undefined,
): Promise<DialogTurnResult | undefined> {
  const own = offeredMonthlyCents(recognition);
  const policy = deps.arrangements?.policy;
  if (own === undefined) return undefined;
  const terms = owed !== undefined && policy ? termsForAmount(owed, policy) : undefined;
  const standard =
    terms?.kind === 'terms' ? { monthlyCents: terms.monthlyCents, months: terms.months } : undefined;
  await acknowledgeOwnAmount(step.context, deps, own, standard);
  data.personOffered = true;
  data.handoffReason = 'personal_arrangement';
  await askAboutPerson(step.context, deps, text(step.context, deps, 'arrangement:person.ask'));
  return step.endDialog();
}
