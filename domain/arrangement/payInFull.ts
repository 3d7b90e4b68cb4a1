import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { isQuestion } from '../knowledge/questionForm';

/**
 * "I want to pay it all at once" as the answer to a proposed schedule: no arrangement is wanted,
 * the citizen pays the total. Read in nl, en, de and pl. "I can't pay it all at once" is the reason
 * for an arrangement, not a refusal of it, so a negation rules it out.
 */
export const AT_ONCE =
  / (in (een|1) (keer|x)|ineens|in een betaling|het hele bedrag|alles (meteen|direct)|at once|in one go|in full|in one payment|the (whole|full|entire) (amount|sum|thing)|pay (it )?all|auf einmal|alles (sofort|direkt)|(den )?(ganzen|gesamten|vollen) betrag|komplett|na raz|jednorazowo|w calosci|(wszystko|calosc|cala kwote) od razu|od razu (wszystko|calosc|cala kwote)|cala kwote|calosc) /;

/** A negation: "ik kan niet alles ineens", "I can't pay it all at once", "nicht auf einmal", "nie od razu". */
const NEGATION = / (niet|geen|not|cant|cannot|couldnt|nicht|kein\w*|nie) /;

/**
 * "Nee, ik betaal alles ineens", "nie, od razu", "nee toch niet, ik betaal alles in 1 keer": a "no"
 * set apart by a comma (or thanks) refuses the schedule and negates nothing; "nie mogę od razu" is a
 * negation.
 */
const LEADING_NO =
  /^\s*((nee|neen|no|nope|nein|nie)(\s+(toch|dan|maar|wacht|actually|wait|doch|dann|lieber|warte|jednak|czekaj))*(\s+(niet|not|nicht|nie))?|(toch|actually|doch|jednak)\s+(niet|not|nicht|nie))\s*([,.!;:]|\s(dank\S*|thanks|thank you|danke|dzi\S*kuj\S*)\b)/i;

/** Asking whether something may be done: "kan ik", "can I", "is it possible", "kann ich", "czy mogę". */
const MAY_I =
  / (kan ik|kun ik|mag ik|kan dat|kan het|kunnen we|is het mogelijk|can i|could i|may i|can we|is it possible|am i allowed|is that possible|kann ich|konnte ich|darf ich|konnen wir|geht das|ist es moglich|ist das moglich|czy moge|czy mozna|czy da sie|czy mam mozliwosc|moge|mozna) /;

/**
 * "Kan ik het ook in één keer betalen?", "can I pay it all at once?", "a czy mogę spłacić wcześniej
 * całość?": a question about paying the total while the schedule is on the table. It is answered
 * and the schedule asked again; it does not turn the arrangement down.
 */
export function asksAboutPayingInFull(answer: string): boolean {
  const text = normalizeQuestion(answer.replace(LEADING_NO, ' '));
  return AT_ONCE.test(text) && isQuestion(answer) && MAY_I.test(text);
}

export function wantsToPayInFull(answer: string): boolean {
  const text = normalizeQuestion(answer.replace(LEADING_NO, ' '));
  return AT_ONCE.test(text) && !NEGATION.test(text) && !asksAboutPayingInFull(answer);
}
