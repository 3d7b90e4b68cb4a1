import { languageNamings } from './languageNaming';
import type { Locale } from './locale';
import { normalizeText } from './normalizeText';

/**
 * "Spricht bei euch jemand Deutsch?", "czy jest ktoś, kto mówi po polsku?", "a pracownik mówi po
 * polsku?", "spreekt een medewerker ook Engels?", "does anyone there speak Polish?", "kann ich mit
 * einem Menschen sprechen? am besten auf Deutsch": a question about the language of the staff, not a
 * request to change the language of this conversation (often asked in that very language). What
 * staff speak is content (DOMAIN.md does not say; see common:staffLanguage). "Spreken jullie Engels?",
 * "sprechen Sie Deutsch?" speak to the assistant: a change of language (no person word here).
 * Texts are normalised.
 */
const PERSON =
  /\b(iemand|medewerker\w*|mensen|mens|personeel|someone|somebody|anyone|anybody|staff|agent|agents|person|people|employee\w*|advis[eo]r\w*|operator|jemand\w*|mitarbeiter\w*|mensch\w*|man|leute|berater\w*|sachbearbeiter\w*|ktos|kogos|kims|ktokolwiek|pracownik\w*|konsultant\w*|czlowiek\w*|osob\w*|doradc\w*)\b/;

/** Speaking, talking, calling: what a person would do in the language. */
const SPEAKS =
  /\b(spreekt|spreken|spreek|praat|praten|bellen|speak|speaks|speaking|talk|talks|call|phone|spricht|sprechen|spreche|redet|reden|anrufen|telefon\w*|mowi|mowia|mowiacy|mowiaca|mowic|rozmawia\w*|porozmawia\w*|zadzwoni\w*|telefon\w*)\b/;

/** The language of the staff asked about (one of the four), if the message asks about it. */
export function staffLanguageAsked(text: string): Locale | undefined {
  const normal = normalizeText(text);
  if (!PERSON.test(normal) || !SPEAKS.test(normal)) return undefined;
  const named = [...new Set(languageNamings(text).map((n) => n.locale))];
  if (named.length !== 1) return undefined;
  return named[0];
}
