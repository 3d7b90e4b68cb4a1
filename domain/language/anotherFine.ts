/**
 * "Ik heb nog een boete, van mijn vrouw, kan ik die ook opzoeken?", "I have another fine",
 * "noch ein Bußgeld", "mam jeszcze jeden mandat": a fine other than the ones just shown, to be
 * looked up with its own letter (not the same overview again). Not one still to come.
 */
import { normalizeText } from './normalizeText';

const ANOTHER =
  /\b((nog|ook) een (boete|bekeuring)|(andere|tweede) (boete|bekeuring)|boete van mijn (vrouw|man|partner|vriend\w*|zoon|dochter|moeder|vader)|(another|other|second) (fine|ticket)|(my )?(wife|husband|partner|son|daughter)s? (fine|ticket)|(noch ein|ein weiteres|ein anderes|ein zweites) (bussgeld|strafzettel)|(jeszcze jeden|inny|drugi|kolejny) mandat)\b/;
const STILL_TO_COME = /\b(krijg|krijgen|later|straks|get another|if i get|bekomme|bekommen sollte|dostane)\b/;

/** "Als ik nog een boete krijg", "if I get another fine", "wenn ich noch eins bekomme": a fine still to come. */
export function aboutFineStillToCome(text: string): boolean {
  return STILL_TO_COME.test(normalizeText(text));
}

export function asksAboutAnotherFine(text: string): boolean {
  const normal = normalizeText(text);
  return ANOTHER.test(normal) && !STILL_TO_COME.test(normal);
}

const LOOK_UP =
  /\b(opzoeken|op zoeken|zoek\w*|bekijken|look (it |that |this |that one |this one )?up|look up|check|nachsehen|nachschauen|prufen|sprawdz\w*)\b/;

/** The same, asked as a lookup ("kan ik die ook opzoeken?", "can you look that one up too?"). */
export function asksToLookUpAnotherFine(text: string): boolean {
  return asksAboutAnotherFine(text) && LOOK_UP.test(normalizeText(text));
}
