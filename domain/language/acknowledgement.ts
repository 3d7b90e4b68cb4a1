/**
 * "Oh ok", "prima", "top, bedankt", "alright thanks", "alles klar", "dobrze": what was said is taken
 * in. No yes to a question, and no choice from a menu.
 */
import { normalizeText } from './normalizeText';

const ACKNOWLEDGES =
  /^(oh |ah |o )?(ok|oke|okay|okido|okej|prima|top|mooi|goed|fine|great|alright|all right|alles klar|gut|super|dobrze|swietnie)( dan| then| dann| to)?( dank\w*| thanks| thank you| danke| dzieki| dziekuje| bedankt)?$/;

export function isAcknowledgement(text: string): boolean {
  return ACKNOWLEDGES.test(normalizeText(text));
}

/** "Nee dank u", "no thanks", "nein danke", "nie, dziękuję": nothing more wanted. */
const NO_THANKS =
  /^(nee|neen|no|nope|nein|nie)( \w+)?( dank\w*| thanks| thank you| danke| dzieki| dziekuje| bedankt)\b/;

export function saysNoThanks(text: string): boolean {
  return NO_THANKS.test(normalizeText(text));
}
