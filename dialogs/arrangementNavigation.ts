import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { asksToGoBack, asksToStartOver } from '../domain/arrangement/flowNavigation';
import { paymentQuestion } from '../domain/arrangement/paymentQuestion';
import { asksAboutLaterFine } from '../domain/arrangement/planQuestions';
import type { Reply } from '../domain/ports/replyRenderer';
import {
  claimsOnStack,
  CONFIRM_PROMPT,
  CONFIRM_STEPS,
  CONTACT_PROMPT,
  draftOnStack,
  PLAN_PROMPT,
  type Proposal,
  STEPS,
} from './arrangementFlowState';
import type { DialogDeps } from './dialogDeps';
import { IDENTIFY_DEBTOR_DIALOG } from './identifyDebtorDialog';
import { say, text } from './turn';

/*
 * Moving within the arrangement flow: "terug" goes one step back with everything else kept (from
 * the confirmation to the contact, from the contact to the schedule, from the postcode to the
 * letter's number); "opnieuw beginnen" starts the request again (an identification is kept, so the
 * schedule is shown again, and another letter's number can be given there).
 */
export async function navigateFlow(
  innerDc: DialogContext,
  deps: DialogDeps,
): Promise<DialogTurnResult | undefined> {
  const { activity } = innerDc.context;
  const message = activity.type === 'message' ? (activity.text ?? '') : '';
  if (!message.trim()) return undefined;
  const asking = innerDc.activeDialog?.id;
  if (asksToStartOver(message)) {
    await sayKey(innerDc, deps, 'arrangement:flow.startOver');
    return restart(innerDc, deps, {});
  }
  if (!asksToGoBack(message)) return undefined;
  switch (asking) {
    case CONFIRM_PROMPT: {
      // Back to the contact question; the schedule agreed to stays.
      const draft = draftOnStack(innerDc);
      if (!draft) return undefined;
      const claimLines = claimsOnStack(innerDc);
      await sayKey(innerDc, deps, 'arrangement:flow.back');
      (await deps.state.conversation.get(innerDc.context, {})).arrangementContact = undefined;
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(CONFIRM_STEPS, {
        draft,
        ...(claimLines ? { claimLines } : {}),
      } satisfies Proposal);
    }
    case CONTACT_PROMPT:
      // Back to the schedule: the identification is kept, so it is shown and asked again.
      await sayKey(innerDc, deps, 'arrangement:flow.back');
      return restart(innerDc, deps, {});
    case PLAN_PROMPT:
      // Nothing to undo before the schedule but the lookup: another letter can be given here.
      await say(innerDc.context, deps, {
        text: text(innerDc.context, deps, 'arrangement:flow.backAtSchedule'),
        speech: text(innerDc.context, deps, 'arrangement:flow.backAtScheduleSpeech'),
      });
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    case IDENTIFY_DEBTOR_DIALOG:
      // At the postcode: the letter's number again.
      await sayKey(innerDc, deps, 'arrangement:flow.back');
      return restart(innerDc, deps, { askAgain: true });
    default:
      return undefined;
  }
}

async function sayKey(innerDc: DialogContext, deps: DialogDeps, key: string): Promise<void> {
  await say(innerDc.context, deps, { text: text(innerDc.context, deps, key) });
}

async function restart(
  innerDc: DialogContext,
  deps: DialogDeps,
  options: { askAgain?: boolean },
): Promise<DialogTurnResult> {
  (await deps.state.conversation.get(innerDc.context, {})).arrangementContact = undefined;
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(STEPS, options);
}

/**
 * A question about arrangements while the letter's number or postcode is asked, before any
 * schedule is on the table: "hoeveel rente betaal ik?" (none on fines; a compensation order's
 * statutory interest runs on, DOMAIN.md §1.7), "kost dat iets?", "en als ik later nog een boete
 * krijg?" (§1.8).
 */
export function questionBeforeSchedule(innerDc: DialogContext, deps: DialogDeps): Reply | undefined {
  if (innerDc.activeDialog?.id !== IDENTIFY_DEBTOR_DIALOG) return undefined;
  const message = innerDc.context.activity.text ?? '';
  const question = paymentQuestion(message);
  if (question === 'interest') return { text: text(innerDc.context, deps, 'arrangement:plan.interestGeneral') };
  // "Kost dat iets?" before the letter's number: the instalments add up to what is owed (DOMAIN.md policy).
  if (question === 'extraCosts')
    return { text: text(innerDc.context, deps, 'arrangement:plan.extraCostsGeneral') };
  if (asksAboutLaterFine(message)) return { text: text(innerDc.context, deps, 'arrangement:plan.newFines') };
  return undefined;
}
