/**
 * "Waar vind ik dat nummer?", "where do I find the number?", "wo steht die Nummer?", "gdzie jest ten
 * numer?": asked at the question for the CJIB number, it asks where that number is on the letter,
 * not about a lost letter. (A letter lost or never received is `withoutNumber`'s.)
 */
import { normalizeText } from './normalizeText';

const NUMBER =
  '(cjib ?nummer|cjib ?number|number|nr|kenmerk|numer|numeru|nummern?|cijfers|digits|ziffern|cyfry)';
const THAT =
  '(dat|dit|het|die|de|mijn|dat cjib|het cjib|the|that|this|my|a|das|diese|meine|den|ten|moj|tego|mojego)?';

const WHERE = [
  // nl: "waar vind ik dat nummer", "waar staat het nummer", "waar kan ik het cjib nummer vinden", "waar is dat nummer te vinden"
  new RegExp(`\\bwaar (vind|zie|lees|staat|zit|kan|moet|is|staan)\\b.*\\b${NUMBER}\\b`),
  new RegExp(`\\b(welk|wat voor( een)?|wat is (een|het|dat)) ${NUMBER}\\b`),
  new RegExp(`\\b${THAT} ?${NUMBER} (vind|zie|kan vinden) ik (niet|nergens)\\b`),
  // en: "where do I find the number", "where is that number", "which number", "what number do you mean"
  new RegExp(`\\bwhere\\b.*\\b${NUMBER}\\b`),
  new RegExp(`\\b(which|what) ${NUMBER}\\b`),
  new RegExp(`\\b(cant|cannot|can not|dont) (find|see) ${THAT} ?${NUMBER}\\b`),
  // de: "wo finde ich die Nummer", "wo steht die Nummer", "welche Nummer"
  new RegExp(`\\bwo\\b.*\\b${NUMBER}\\b`),
  new RegExp(`\\b(welche|was fur eine?) ${NUMBER}\\b`),
  // pl: "gdzie znajdę ten numer", "gdzie jest numer", "jaki numer"
  new RegExp(`\\bgdzie\\b.*\\b${NUMBER}\\b`),
  new RegExp(`\\b(jaki|ktory) ${NUMBER}\\b`),
  new RegExp(`\\bnie (moge znalezc|widze) ${THAT} ?${NUMBER}\\b`),
];

/** Where to find the number asked (not a number given, not "I don't have the letter"). */
export function asksWhereNumberIs(text: string): boolean {
  const normal = normalizeText(text);
  if (/\d{4}/.test(normal)) return false;
  return WHERE.some((cue) => cue.test(normal));
}
