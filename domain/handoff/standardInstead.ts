import { normalizeText } from '../language/normalizeText';

/**
 * "Ok then I'll take the standard one", "dan toch de gewone regeling", "dann doch die normale
 * Ratenzahlung", "to jednak zwykłe raty": after a personal arrangement and a person were offered,
 * the citizen takes the standard schedule after all. Not when the standard one is what is too high
 * or turned down ("the standard one is too much", "niet de gewone"). Texts are normalised.
 */
const STANDARD =
  /\b(standard\w*|standaard\w*|gewone|normale?|normalen|regular|usual|normal|zwykl\w*|standardow\w*|normaln\w*)\b/;
const NOT_THAT =
  /\b(niet|geen|not|no|nicht|kein\w*|nie)\b( \w+){0,2} (de |die |the |den )?(standard\w*|standaard\w*|gewone|normale?|normalen|regular|usual|zwykl\w*|standardow\w*|normaln\w*)\b|\b(te (hoog|veel|duur)|too (high|much|expensive)|zu (hoch|viel|teuer)|za (wysok\w*|duz\w*|drog\w*))\b/;

/** "Nee, ik neem de gewone", "no, I'll take the standard one": a no to the person, then the choice. */
const NO_TO_PERSON = /^(nee|no|nope|nah|nein|nie)( (dank u|dank je|bedankt|thanks|thank you|danke|dziekuje))? /;

export function choosesStandardArrangement(text: string): boolean {
  const normal = normalizeText(text);
  return STANDARD.test(normal) && !NOT_THAT.test(normal.replace(NO_TO_PERSON, ''));
}
