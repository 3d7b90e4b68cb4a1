import { RELATION } from '../language/forSomeoneElse';

/**
 * "Mijn man heeft een bewindvoerder, wat moet ik met zijn boete?", "my mother is under administration",
 * "mein Mann hat einen Betreuer", "mój mąż ma zarządcę": the bewindvoerder is someone else's, so the
 * answer speaks of that person's bewindvoerder, not "your administrator" (faq:direct.noodstopGuardianOther).
 * Not when the citizen is the bewindvoerder ("ik ben zijn bewindvoerder"). On normalizeQuestion's text.
 */

const MANAGER =
  '(bewindvoerder\\w*|beschermingsbewind\\w*|bewind|budgetbeheer\\w*|administrat\\w*|guardian|betreuer\\w*|betreuung|zarzadc\\w*|kurator\\w*|kuratel\\w*)';

const OTHERS = [
  // "mijn man heeft (sinds kort) een bewindvoerder", "mijn moeder staat onder bewind", "my dad is under a guardian".
  new RegExp(
    `\\b(mijn|mn|onze|my|our|mein\\w*|unser\\w*|moj\\w*|nasz\\w*) ${RELATION}s?\\b( \\w+){0,6} ${MANAGER}\\b`,
  ),
  // "zijn bewindvoerder", "her guardian", "ihr Betreuer", "jego zarządca".
  new RegExp(`\\b(zijn|haar|hun|his|her|their|sein\\w*|ihr\\w*|jego|jej) ${MANAGER}\\b`),
];

/** The citizen is the bewindvoerder themselves: "ik ben zijn bewindvoerder", "I am her guardian". */
const IS_MANAGER = new RegExp(`\\b(ik ben|i am|im|ich bin|jestem)\\b( \\w+){0,2} ${MANAGER}`);

/** Whether the citizen asking is the bewindvoerder themselves ("ik ben de bewindvoerder van mijn broer"). */
export function citizenIsGuardian(normalized: string): boolean {
  return IS_MANAGER.test(normalized);
}

/** Whether the bewindvoerder named in the question is someone else's (`normalized` by normalizeQuestion). */
export function guardianIsSomeoneElses(normalized: string): boolean {
  return !IS_MANAGER.test(normalized) && OTHERS.some((cue) => cue.test(normalized));
}
