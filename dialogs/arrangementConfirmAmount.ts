import type { TurnContext } from 'botbuilder';
import type { ArrangementDraft } from '../domain/arrangement/arrangementDraft';
import { ownAmountThatFits } from '../domain/arrangement/ownAmountFits';
import { ownAmountFitsReply } from './arrangementReplies';
import type { DialogDeps } from './dialogDeps';
import { say, turnRecognition } from './turn';

/**
 * "Ok dan 50 euro per maand" at "Zal ik de aanvraag nu versturen?" when the schedule asks € 47,83:
 * the own amount covers the monthly amount, so the request read back fits; that is said and the
 * confirmation is asked again (not a personal arrangement, not a person). True when it was said.
 */
export async function ownAmountFitsAtConfirmation(
  context: TurnContext,
  deps: DialogDeps,
  draft: ArrangementDraft,
): Promise<boolean> {
  const recognition = await turnRecognition(context, deps);
  const own = ownAmountThatFits(recognition.text, recognition.entities.amountCents, draft.monthlyAmount);
  if (own === undefined) return false;
  await say(
    context,
    deps,
    ownAmountFitsReply(context, deps, {
      own,
      monthlyCents: draft.monthlyAmount,
      totalCents: draft.totalAmount,
    }),
  );
  return true;
}
