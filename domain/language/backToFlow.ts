import { normalizeText } from './normalizeText';

/**
 * "Ok, terug naar de regeling", "ga maar verder", "back to the plan please", "weiter bitte",
 * "wróćmy do raty": the citizen wants the flow that was left (after a stop, or after a person was
 * offered in the middle of it) to go on. Such a reply often carries an "ok", which must not be read
 * as a yes to the person offered.
 */
const BACK =
  /\b(terug naar|verder met|verder gaan|ga (maar |dan )?verder|gaan we verder|maar verder|gewoon verder|doorgaan|ga door|back to|go back|continue|carry on|go on|keep going|zuruck zu\w*|weiter( machen| mit| gehts?)?|fortfahren|wrocmy do|wroc do|wracajmy|kontynuuj\w*|dalej)\b/;

/** A person wanted after all: then it is no way back to the flow ("verder met een medewerker"). */
const PERSON = /\b(medewerker|mens|iemand|person|someone|agent|mitarbeiter\w*|mensch|konsultant\w*|czlowiek\w*|osob\w*)\b/;

/** Whether the message asks to go back to the flow that was left. */
export function wantsBackToFlow(text: string): boolean {
  const normal = normalizeText(text);
  return BACK.test(normal) && !PERSON.test(normal);
}

/** "Terug naar de regeling", "back to the plan": going back in so many words (no yes to anything). */
const RETURN = /\b(terug naar|back to|zuruck zu\w*|wrocmy do|wroc do|wracajmy do)\b/;

/** Whether the message only asks to return to the flow, so the flow's open question is asked again. */
export function returnsToFlow(text: string): boolean {
  return wantsBackToFlow(text) && RETURN.test(normalizeText(text));
}
