import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "I want a payment plan, my number is …", "Ich möchte Raten zahlen. Meine Nummer ist …": a
 * message that gives the letter's number but asks for an arrangement, which the recogniser may
 * take for a lookup because of the number. "How much do I owe, and can I pay in instalments?"
 * asks what is owed first, so it is not one.
 */
const ARRANGEMENT =
  / (betalingsregeling|regeling|termijnen|in delen|in stukjes|in gedeelten|afbetalen|gespreid|payment (plan|arrangement)|instal?lments?|pay in parts|in parts|ratenzahlung|raten|ratenweise|in teilen|teilzahlung|abzahlen|rat|raty|ratach|ratami|w czesciach|plan (splaty|ratalny)|rozlozyc|rozlozenie) /;
/** A missed or forgotten instalment: a question about a running arrangement, not a wish for one. */
const MISSED =
  / (miss|missed|missing|forgot|broke|verpasst|verpassen|vergessen|gemist|vergeten|niet betaald|nie zaplacil\w*|zapomnial\w*|zaleg\w*) /;
const HOW_MUCH = / (hoeveel|wat moet ik|how much|what do i owe|wie viel|was muss ich|ile) /;

export function asksForArrangement(message: string): boolean {
  const text = normalizeQuestion(message);
  return ARRANGEMENT.test(text) && !HOW_MUCH.test(text) && !MISSED.test(text);
}

const PAY_OR_ASK =
  / (pay|paying|spread|split|set up|request|apply|possible|zahlen|bezahlen|abzahlen|beantragen|moglich|zaplacic|splacic|splacac|rozlozyc|zlozyc|mozliw\w*|betalen|afbetalen|aanvragen|regelen|mogelijk) /;

/**
 * "Can I pay this in instalments?", "Kann ich das in Raten zahlen?", "Czy mogę to rozłożyć na
 * raty?": a wish to pay in instalments asked as a question; "what if I miss an instalment?" is not.
 */
export function asksToPayInInstalments(question: string): boolean {
  const text = normalizeQuestion(question);
  return ARRANGEMENT.test(text) && PAY_OR_ASK.test(text) && !MISSED.test(text);
}
