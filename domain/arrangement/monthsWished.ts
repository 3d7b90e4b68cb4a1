import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { paymentQuestion } from './paymentQuestion';
import { termQuestion } from './termQuestion';

/**
 * "I would like to pay over 12 months", "ik wil het in 24 maanden afbetalen", "in 10 Raten bitte",
 * "chcę spłacić w 12 ratach": the number of months the citizen wishes for before any schedule is
 * shown. Not a time past ("a fine 3 months ago", "vor 2 Monaten") or a later start ("over 2 maanden
 * beginnen"), and not an amount a month (termQuestion leaves those out).
 */
const PAST =
  / (ago|geleden|terug|sinds|since|vor|seit|temu|od|last|vorige|afgelopen|letzten?|ostatni\w*|past) /;

/** "Over 2 maanden beginnen", "start in 3 months": when to start, not how many months. */
const START =
  / (beginnen|starten|start|begin|starting|anfangen|beginnen|zaczac|zaczynac|rozpoczac|uitstel\w*|defer\w*|postpone\w*|aufschub|stundung|odrocz\w*) /;

export function monthsWished(message: string): number | undefined {
  const text = normalizeQuestion(message);
  if (PAST.test(text) || START.test(text) || paymentQuestion(message) === 'laterStart') return undefined;
  return termQuestion(message)?.months;
}
