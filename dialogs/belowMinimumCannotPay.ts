import type { TurnContext } from 'botbuilder';
import { scheduleObjection } from '../domain/arrangement/scheduleObjection';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { askAboutPerson } from './personQuestion';
import { text } from './turn';

/** "Kan ik in termijnen / per maand betalen?" after the refusal: still asking for instalments. */
const INSTALMENTS =
  / (termijn\w*|per maand|maandelijks|afbetalen|in delen|gespreid|instalments?|installments?|a month|per month|monthly|in parts|raten\w*|im monat|pro monat|monatlich|rat\w*|miesiecznie|na miesiac|co miesiac) /;
/**
 * "Kan het ook in twaalf maanden?", "can I spread it over 3 months?", "in zwei Raten?", "w dwóch
 * częściach?": a number of months or parts asked for is instalments too.
 */
const SPREAD =
  / (\d+|twee|drie|vier|vijf|zes|negen|twaalf|achttien|two|three|four|five|six|nine|twelve|eighteen|zwei|drei|funf|sechs|neun|zwolf|achtzehn|dwa|dwie|trzy|cztery|piec|szesc|dziewiec|dwanascie|osiemnascie) (maanden|months|monaten|monate|miesiace|miesiecy) | (spreid\w*|spread\w*|verteil\w*|rozloz\w*) | (in|w|na|auf|over|op) (2|3|4|twee|drie|vier|two|three|four|zwei|drei|dwa|dwie|dwoch|trzy|trzech) (keer|delen|stukken|times|goes|parts|payments|mal|teilen|teile|razy|czesci\w*) /;
/** "I can't pay that at once": not able to pay it as asked. */
const NOT_AT_ONCE =
  / (cant|cannot|can not|couldnt|unable|niet|geen|nicht|kein\w*|nie) (\w+ ){0,4}(pay|afford|betal\w*|opbreng\w*|zahl\w*|bezahl\w*|leisten|zaplac\w*|splac\w*|stac) /;

/** "Geen geld deze maand": short of money for now, which the deferral answer (faq shortOfMoney) meets. */
const FOR_NOW = / (deze maand|this month|diesen monat|w tym miesiacu|nu even) /;

/**
 * Right after "an arrangement is possible from € 75" (DOMAIN.md §1.2), "I really can't pay 54 euros
 * at once, can I pay 20 a month?" is not a new request for an arrangement (which would be refused
 * again word for word): it is "I cannot pay" (DESIGN.md): the noodstop and debt help, the due date,
 * and a person offered ("ja" hands over). Whether it answered.
 */
export async function replyCannotPayBelowMinimum(
  context: TurnContext,
  deps: DialogDeps,
  message: string,
  data: ConversationData,
  refusal: NonNullable<ConversationData['refusalJustGiven']>,
): Promise<boolean> {
  if (refusal.key !== 'arrangement:refused.below_minimum') return false;
  const said = normalizeQuestion(message);
  // ("Maar het is maar 54 euro" questions the refusal: refusalFollowUp explains the rule.)
  const cannotPay =
    scheduleObjection(message) === 'cannotPay' ||
    NOT_AT_ONCE.test(said) ||
    INSTALMENTS.test(said) ||
    SPREAD.test(said);
  if (!cannotPay || (FOR_NOW.test(said) && !INSTALMENTS.test(said) && !SPREAD.test(said))) return false;
  data.misunderstandings = 0;
  data.pendingClarification = undefined;
  data.personOffered = true;
  data.handoffReason = 'cannot_pay';
  const key = refusal.vars?.due
    ? 'arrangement:refused.cannotPayBelowMinimum'
    : 'arrangement:refused.cannotPayBelowMinimumNoDate';
  await askAboutPerson(context, deps, text(context, deps, key, refusal.vars));
  return true;
}
