import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { isQuestion } from '../knowledge/questionForm';
import { extractMonths } from '../language/monthsEntity';
import { paymentQuestion } from './paymentQuestion';
import { termQuestion } from './termQuestion';

/*
 * "Nee wacht, 6 maanden graag", "actually, make it 12 months", "doch lieber 6 Monate", "jednak 6
 * miesięcy" after the schedule was agreed to (at the contact question or the confirmation): the
 * citizen changed their mind about the number of months, which is the schedule's to answer again.
 */

/** A change of mind or a wish: "toch", "liever", "actually", "instead", "lieber", "jednak", "wolę", "graag". */
const CHANGE =
  / (nee|neen|toch|liever|eigenlijk|wacht|maak er|doe maar|graag|wil|actually|instead|rather|prefer|wait|hang on|make it|please|id like|i want|change|doch|lieber|eigentlich|warte|stattdessen|bitte|mochte|will|mach|nein|jednak|wole|wolalbym|wolalabym|zamiast|wlasciwie|prosze|poprosze|chce|czekaj|zmien|nie) /;
/** An amount of one's own ("6 maanden van 50 euro") is read elsewhere, not as a number of months. */
const MONEY = / (euro|eur|€|zl|zloty|zlotych|per maand|a month|per month|im monat|pro monat|miesiecznie|na miesiac) /;
/** "Ik wil pas over 2 maanden beginnen": when to start, not how many months (paymentQuestion's laterStart). */
const START =
  / (beginnen|starten|start|begin|starting|anfangen|zaczac|zaczynac|rozpoczac|uitstel\w*|defer\w*|postpone\w*|aufschub|stundung|odrocz\w*) /;
/** "12 maanden", "6 months then": a bare number of months is a wish too. */
const SHORT_WORDS = 4;

/** The number of months the citizen now asks for, or undefined when the message is no such change. */
export function monthsChangedTo(message: string): number | undefined {
  const text = normalizeQuestion(message);
  if (MONEY.test(text) || START.test(text) || paymentQuestion(message) === 'laterStart') return undefined;
  const months = termQuestion(message)?.months ?? extractMonths(message);
  if (months === undefined) return undefined;
  const wish = CHANGE.test(text);
  // "Kan het ook in 6 maanden?" asks (answered at the question); "jednak 6 miesięcy?" changes.
  if (isQuestion(message) && !wish) return undefined;
  if (!wish && text.trim().split(' ').length > SHORT_WORDS) return undefined;
  return months;
}
