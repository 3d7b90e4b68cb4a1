import {
  BAILIFF_AT_DOOR,
  BAILIFF_INVOLVED,
  DETAINED_NOW,
  DETENTION_FEARED,
  VEHICLE_SEIZED,
} from '../knowledge/enforcementSituations';
import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { withRecentResults } from '../language/recentResults';

/**
 * A citizen who is frightened or cannot pay, said outside a flow (DESIGN.md: a vulnerable-citizen
 * signal is a handoff trigger). Each gets a short kind word, the step that helps (DOMAIN.md §1.4,
 * §1.5, §1.9, §6) and a person offered at once, never the list of what the CJIB can do to them nor
 * "did this help?". Crisis words (self-harm) are distressSignal.ts, checked before any of this.
 * - bailiffAtDoor: the bailiff is at the door or coming today: the bailiff is the one to talk to now
 *   (the bailiff answer, led by that);
 * - detentionFeared: gijzeling feared or threatened (not someone detained now): what prevents it;
 * - incomeLost: job or income lost: the options for someone who cannot pay;
 * - debts: debts said as one's situation, not a question about the noodstop's rules (its answer).
 */
export type HardshipSituation = 'bailiffAtDoor' | 'detentionFeared' | 'incomeLost' | 'debts';

/** Job or income lost: "baan verloren", "werk kwijt", "lost my job", "Arbeit verloren", "straciłem pracę". */
const INCOME_LOST = new RegExp(
  [
    '(baan|werk|job|inkomen|uitkering|salaris) (\\w+ ){0,2}(kwijt|verloren|weg|kwijtgeraakt|gestopt|stopgezet)\\b',
    '(verloor|verlies|verloren|kwijt) (\\w+ ){0,2}(baan|werk|job|inkomen)\\b',
    'ontslagen|werkloos|geen (werk|baan|inkomen) meer|zonder (werk|baan|inkomen)|failliet',
    '(lost|lose|losing) (my|his|her|our) (job|work|income|benefits)|unemployed|laid off|(got|been|was) (fired|sacked)|fired me|redundan\\w*|no (job|income) any ?more|out of work',
    '(arbeit|job|stelle|einkommen|arbeitsplatz) (\\w+ ){0,2}verloren|arbeitslos|gekundigt|kein (einkommen|job|arbeit) mehr|ohne (arbeit|job|einkommen)',
    'stracil\\w* (\\w+ )?(prace|robote|dochod\\w*)|bezrobotn\\w*|zwolnion\\w*|(zwolnil\\w*|wyrzucil\\w*) mnie|(nie mam|bez) (juz )?(pracy|roboty|dochodu)',
  ].join('|'),
);

/**
 * Debts as one's own situation: "ik heb al 20.000 euro schuld", "I'm in debt", "ich habe Schulden", "mam
 * długi" (not "het is niet mijn schuld", "nicht meine Schuld": a fault, not a debt).
 */
const DEBTS = /\b(schulden|debts?|dlug\w*|zadluz\w*)\b|\b(euro|eur|€|\d+|veel|zoveel|al) schuld\b/;
/** Said as one's own: "ik heb", "I have", "ich habe", "mam", "mijn". */
const OWN = /\b(ik|i|im|ich|mam|jestem|mijn|my|meine|moje)\b/;

/**
 * Where the knowledge base has the right answer already: the noodstop's rules, debt help named,
 * WSNP or a guardian, benefits, paying in parts (DOMAIN.md §1.3-§1.5; situationLead.ts).
 */
const SPECIFIC =
  /noodstop|uitstel|wstrzyma\w*|odrocz\w*|aufschub|stundung|defer\w*|postpone|emergency stop|notstopp|wstrzymani\w* awaryjn|wsnp|schuldsanering|bewind|budgetbeheer|guardian|betreuer|kurator|schuldhulp|debt (help|advice|counsel\w*|advis\w*)|schuldnerberat\w*|doradc\w*|schuldnerberatung|poradni|uitkering|bijstand|benefits|burgergeld|zasilk|regeling|termijn|instal+ment|payment plan|raten|raty|ratach/;

/** No money, cannot pay: the reason the situation needs more than the facts. */
export const CANNOT_PAY =
  /geen geld|(moet|moeten|need to|have to|must|muss|musze)( \w+){0,3} (de |the |die |my |mijn |meine )?(huur|boodschappen|rent|groceries|miete|czynsz\w*)\b|(kan|kun) (\w+ ){0,3}(niet|niks|niets) (meer )?(betalen|ophoesten)|no money|(cant|cannot|can not|unable to) (\w+ ){0,2}(pay|afford)|(dont|do not) have (the |any |enough )?money|kein geld|(kann|konnen) (\w+ ){0,3}nicht (mehr )?(be)?zahlen|nie mam (\w+ )?pieniedzy|nie mam z czego|nie stac mnie|nie (moge|jestem w stanie) (\w+ )?(zaplacic|placic|splacic)/;

/** The situation a message tells, or undefined. */
export function hardshipSituation(text: string): HardshipSituation | undefined {
  const normalized = normalizeQuestion(text);
  if (BAILIFF_AT_DOOR.test(normalized)) return 'bailiffAtDoor';
  if (DETENTION_FEARED.test(normalized)) return 'detentionFeared';
  // A bailiff's letter, someone detained, a car taken: their own answers say what to do (with a person).
  const underWay = [BAILIFF_INVOLVED, DETAINED_NOW, VEHICLE_SEIZED].some((cue) => cue.test(normalized));
  if (underWay || SPECIFIC.test(normalized)) return undefined;
  if (INCOME_LOST.test(normalized)) return 'incomeLost';
  if (DEBTS.test(normalized) && OWN.test(normalized) && !text.includes('?')) return 'debts';
  return undefined;
}

/**
 * Any sign that the citizen cannot pay or is frightened by enforcement: an answer to them (the
 * noodstop, a personal arrangement) ends with a person offered, not with "did this help?".
 */
export const showsHardship = withRecentResults((text: string): boolean => {
  const normalized = normalizeQuestion(text);
  return (
    hardshipSituation(text) !== undefined ||
    CANNOT_PAY.test(normalized) ||
    INCOME_LOST.test(normalized) ||
    (DEBTS.test(normalized) && OWN.test(normalized))
  );
});
