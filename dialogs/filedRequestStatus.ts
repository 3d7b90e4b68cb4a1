import type { TurnContext } from 'botbuilder';
import { asksPayBeforeDecision, asksRequestStatus } from '../domain/arrangement/afterFilingQuestions';
import {
  asksIfMessageFollows,
  asksToAddOtherFine,
  asksToWithdrawFiled,
} from '../domain/arrangement/filedRequestAsks';
import { asksFirstDueDate } from '../domain/arrangement/firstDueQuestion';
import { formatDate } from '../domain/dates';
import { formatMoney } from '../domain/money';
import { sayAboutFiled } from './arrangementFiling';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { text, turnLocale } from './turn';

/**
 * Questions about the request filed in this conversation (DOMAIN.md §1.10): "is hij nu
 * goedgekeurd?", "did it go through?" hear that it is recorded under its reference and on its way,
 * that there is no decision yet and it comes by letter; "moet ik nu al iets betalen?" hears when the
 * first instalment is due if the request is granted, and that whether increases stop meanwhile is
 * not known; withdrawing it, a message to come or another fine to add are answered for it too. True
 * when one was answered.
 */
export async function replyWithRequestStatus(
  context: TurnContext,
  deps: DialogDeps,
  message: string,
  data: ConversationData,
): Promise<boolean> {
  const reference = data.arrangementReference;
  if (!reference) return false;
  const terms = data.arrangementFiledTerms;
  // "Kan ik het nog annuleren?", "krijg ik een mail?", "ik heb nog een boete, kan die erbij?".
  const about = asksToWithdrawFiled(message)
    ? 'withdraw'
    : asksIfMessageFollows(message)
      ? 'message'
      : asksToAddOtherFine(message)
        ? 'otherFine'
        : undefined;
  if (about) {
    await sayAboutFiled(context, deps, text(context, deps, `arrangement:filed.${about}`, { reference }));
    return true;
  }
  // "Wanneer is de eerste termijn?": when it is due if granted, as "moet ik nu al iets betalen?".
  if (asksPayBeforeDecision(message) || asksFirstDueDate(message)) {
    const locale = turnLocale(context);
    const statement = terms
      ? text(context, deps, 'arrangement:filed.payBeforeDecision', {
          reference,
          monthly: formatMoney(terms.monthlyCents, locale),
          firstDue: formatDate(terms.firstDueDate, locale),
        })
      : text(context, deps, 'arrangement:filed.payBeforeDecisionLetter', { reference });
    await sayAboutFiled(context, deps, statement);
    return true;
  }
  if (!asksRequestStatus(message)) return false;
  await sayAboutFiled(context, deps, text(context, deps, 'arrangement:filed.status', { reference }));
  return true;
}
