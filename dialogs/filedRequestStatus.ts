import type { TurnContext } from 'botbuilder';
import { asksPayBeforeDecision, asksRequestStatus } from '../domain/arrangement/afterFilingQuestions';
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
 * not known. True when one was answered.
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
  if (asksPayBeforeDecision(message)) {
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
