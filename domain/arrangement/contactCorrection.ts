import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Nee wacht, mijn mailadres is …", "no, use 07700 900123 instead", "lieber per Handy", "zamiast
 * tego …": the contact detail given replaces the one read back. A detail given without such words
 * ("+44 7700 900123" after an e-mail address) is added: the request carries an e-mail address and a
 * phone number (the collection system's contract has both).
 */
const CORRECTS =
  / (nee|neen|no|nope|nein|nie|wacht|wait|warte|czekaj|sorry|sory|przepraszam|entschuldigung|instead|rather|liever|in plaats|lieber|stattdessen|statt|zamiast|verkeerd|fout|wrong|falsch|zly|zle|bledny|klopt niet|not right|oops|oeps|hoppla|korekta|correctie|correction|nur|only|alleen|tylko) /;

export function correctsContact(message: string): boolean {
  return CORRECTS.test(normalizeQuestion(message));
}

/** "Nee, het is …", "no, I meant …", "nein, es ist …", "nie, to jest …": the right value follows. */
const SAYS_WHAT_IT_IS =
  / (het is|het was|ik bedoel\w*|het moet|moet zijn|its|it is|i mean|i meant|should be|es ist|ich meine|ich meinte|sollte|to jest|chodzi mi|chodzilo mi|powinno byc) /;

/** Pieces of an e-mail address or number being spelled ("tom streepje hendriks", "jan dot de vries"). */
const SPELLS_CONTACT =
  / (punt|streepje|liggend streepje|apenstaartje|at|dot|dash|underscore|punkt|bindestrich|unterstrich|klammeraffe|kropka|myslnik|podkreslnik|malpa) /;

/** "Nee, niet versturen", "stop": a no to the request itself, whatever else it says. */
const DECLINES_SENDING =
  / (niet versturen|niet sturen|niet doen|dont send|do not send|nicht senden|nicht abschicken|nie wysylaj|stop|stoppen|annuleren|cancel) /;

/**
 * A no to the read-back that corrects what was read back ("nee het is tom streepje hendriks" after a
 * misheard e-mail address): the contact is asked again, and nothing confirmed is thrown away.
 */
export function correctsReadBack(message: string): boolean {
  const normal = normalizeQuestion(message);
  return !DECLINES_SENDING.test(normal) && (SAYS_WHAT_IT_IS.test(normal) || SPELLS_CONTACT.test(normal));
}
