import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/*
 * "Komt de deurwaarder nu nog?", "will bailiffs come?", "kommt jetzt der Gerichtsvollzieher?", "czy
 * komornik przyjdzie?" while an arrangement is being requested or once it is filed: what happens for
 * this citizen meanwhile (assessed, decided by letter; kept to, no further steps, DOMAIN.md §1.7, §1.9;
 * what happens while it is assessed is not known, §1.10), not the general list of enforcement steps.
 */
const ENFORCEMENT =
  / (deurwaarder\w*|dwangbevel|beslag|beslaglegging|bailiffs?|debt collectors?|enforcement|seize\w*|seizure|garnish\w*|gerichtsvollzieher\w*|pfandung|pfanden|gepfandet|vollstreckung\w*|komornik\w*|komornicy|egzekucj\w*|zajeci\w*|zajma|zajmie) /;
/** Asked, not told: "komt", "nog", "will", "przyjdzie", a question word, or a question mark. */
const ASKED =
  / (komt|komen|gaat|gaan|nog|nu|dan|stuurt|sturen|krijg|will|still|come|coming|send|sent|now|then|does|do|kommt|kommen|noch|jetzt|dann|schickt|wird|przyjdzie|przyjda|przyjsc|bedzie|jeszcze|teraz|czy|wysla\w*) /;
/** "Wat als ik niet betaal?", "what if I miss one?": what follows a missed instalment (laterTrouble). */
const IF = / (wat als|en als|als ik|what if|if i|was wenn|wenn ich|falls ich|co jesli|jesli|gdyby) /;

/** "Ik heb al een deurwaarder": one already involved (the bailiff's own answer), not whether one comes. */
const ALREADY = / (al|already|schon|bereits|juz) /;

/** Whether the message asks if a bailiff or other enforcement still comes while the arrangement is requested. */
export function asksEnforcementMeanwhile(question: string): boolean {
  const text = normalizeQuestion(question);
  return ENFORCEMENT.test(text) && (ASKED.test(text) || question.includes('?')) && !IF.test(text) && !ALREADY.test(text);
}
