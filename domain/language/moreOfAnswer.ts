/**
 * After the first part of a long spoken answer and "Wilt u meer weten?": "ja", "graag", "vertel",
 * "meer", "ga door", "yes please", "go on", "gerne", "weiter", "tak", "dalej" ask for the next part;
 * "nee", "nee dank u", "no thanks", "nein danke", "nie" decline it. Pure; on normalizeText's text.
 */
import { asksForMore } from '../knowledge/moreRequest';
import { normalizeText } from './normalizeText';

const POLITE =
  '(?:ja|ok|oke|okay|yes|yeah|tak|graag|alstublieft|alsjeblieft|please|bitte|gerne|prosze|dan|dann|then|nou|maar|hoor|sure)';
const CONTINUE =
  '(?:ga (?:maar )?door|ga verder|verder|door|de rest|rest|vertel verder|go on|go ahead|continue|carry on|the rest|keep going|weiter|mach weiter|den rest|der rest|dalej|prosze dalej|reszta|reszte|mow dalej)';
const YES =
  '(?:ja|jawel|jazeker|zeker|graag|ja graag|vertel|vertel maar|ja vertel|ok|oke|okay|prima|goed|yes|yeah|yep|sure|please|yes please|ok please|tell me|go on then|ja bitte|bitte|gerne|ja gerne|klar|tak|tak prosze|prosze|poprosze|chetnie|dobrze)';

const MORE_WHOLE = new RegExp(`^(?:${POLITE} )*${CONTINUE}(?: ${POLITE})*$`);
const YES_WHOLE = new RegExp(`^(?:${POLITE} )*${YES}(?: ${POLITE})*$`);

/** "Meer", "ga door", "the rest please", "weiter", "dalej": the next part, whatever was asked after it. */
export function asksForNextPart(text: string): boolean {
  return asksForMore(text) || MORE_WHOLE.test(normalizeText(text));
}

/** A bare yes ("ja graag", "yes please", "gerne", "tak"): the next part. */
export function saysYesToMore(text: string): boolean {
  return YES_WHOLE.test(normalizeText(text));
}

const NO =
  '(?:nee|neen|nee hoor|nee dank (?:je|u)(?: wel)?|nee bedankt|hoeft niet|niet nodig|laat maar|no|nope|no thanks|no thank you|not needed|thats fine|nein|nein danke|nicht notig|nie|nie dziekuje|nie trzeba|dziekuje)';
const NO_WHOLE = new RegExp(`^(?:${POLITE} )*${NO}(?: ${POLITE})*$`);

/** "Nee", "no thanks", "nein danke", "nie trzeba": no more of the answer. */
export function saysNoToMore(text: string): boolean {
  return NO_WHOLE.test(normalizeText(text));
}
