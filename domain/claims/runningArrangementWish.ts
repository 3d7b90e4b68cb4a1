import { normalizeText } from '../language/normalizeText';

/*
 * What a citizen with a running arrangement asks of it, in their own words (nl, en, de, pl), so the
 * answer after identification is to that question and not the new-arrangement view.
 */

/** The monthly amount, the instalment. */
const AMOUNT =
  /\b(maandbedrag|termijnbedrag|bedrag per maand|termijn(en)?|per maand|monthly (amount|payment|instal+ment)s?|instal+ments?|per month|monatsrate|raten?|ratenbetrag|pro monat|rat[ay]?|miesieczn\w*|kwot\w* (raty|miesieczn\w*))\b/;

/** Lower, smaller, changed. */
const LOWER =
  /\b(omlaag|lager|verlag\w*|minder|kleiner|aanpass\w*|wijzig\w*|te hoog|lower\w*|reduc\w*|smaller|less|change|adjust\w*|too high|senk\w*|gesenkt|verringer\w*|reduzier\w*|niedrig\w*|weniger|anpass\w*|zu hoch|obniz\w*|zmniejsz\w*|mniejsz\w*|nizsz\w*|zmien\w*|za wysok\w*)\b/;

/** Income gone or fallen. */
const INCOME_LOSS =
  /\b(baan kwijt|werk kwijt|werkloos|ontslag\w*|geen (werk|inkomen|baan) meer|minder inkomen|lost my job|unemployed|laid off|made redundant|fired|no (job|income)|arbeitslos|job verloren|arbeit verloren|gekundigt|kein einkommen|stracil\w* prac\w*|bez pracy|bezrobotn\w*|zwolnion\w*|zwolnil\w*)\b/;

/** "Kan het maandbedrag van mijn regeling omlaag?", "can my monthly payment be lowered?" */
export function asksLowerInstalment(message: string): boolean {
  const text = normalizeText(message);
  return AMOUNT.test(text) && LOWER.test(text);
}

/** "Ik ben mijn baan kwijt", "I lost my job", "ich bin arbeitslos", "straciłem pracę". */
export function saysIncomeLost(message: string): boolean {
  return INCOME_LOSS.test(normalizeText(message));
}

/** Worried the amount grows: "zodat het niet hoger wordt", "before it goes up", "damit es nicht teurer wird". */
const GROWS =
  /\b(hoger|duurder|verhog\w*|extra kosten|oploopt|opgelopen|bij ?komt|higher|go(es)? up|increase\w*|more expensive|extra costs|hoher|teurer|erhoh\w*|mehr kosten|wyzsz\w*|drozej|podwyzk\w*|wzrosn\w*|urosn\w*)\b/;

export function worriesAmountGrows(message: string): boolean {
  return GROWS.test(normalizeText(message));
}

/** The arrangement that runs already: "mijn bestaande regeling", "my current plan", "meine laufende Ratenzahlung". */
const RUNNING =
  /\b(bestaande|lopende|huidige|mijn (betalings)?regeling|current|existing|my (payment )?(plan|arrangement)|laufend\w*|bestehend\w*|meine ratenzahlung|obecn\w*|istniejac\w*|moj\w* plan\w*)\b/;

/** Named as the one that runs ("bestaande", "current", "laufende"), not only "mijn regeling", which may be any. */
const RUNNING_NAMED =
  /\b(bestaande|lopende|huidige|current|existing|running|laufend\w*|bestehend\w*|obecn\w*|istniejac\w*)\b/;

export function namesArrangementAsRunning(message: string): boolean {
  return RUNNING_NAMED.test(normalizeText(message));
}

/** A lower instalment asked of the arrangement that runs already (not of a schedule just proposed). */
export function asksLowerRunningInstalment(message: string): boolean {
  return asksLowerInstalment(message) && RUNNING.test(normalizeText(message));
}
