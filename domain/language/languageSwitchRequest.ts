/**
 * "Ok bedankt, nu weer Nederlands graag", "back to English please", "jetzt wieder auf Deutsch bitte",
 * "teraz po polsku proszę": a change of language asked for inside a longer message (thanks, an ok),
 * which the recogniser files under the other words. Only a language named with words that ask for
 * it: "my letter is in Dutch" or "ik heb een Duitse boete" ask for nothing.
 */
import { negatedLanguageOf, switchRequestOf } from './languageNaming';
import type { Locale } from './locale';
import { requestedLocale } from './requestedLocale';
import { staffLanguageAsked } from './staffLanguageQuestion';

/** The language asked for in a message that also says other things, if its words ask for it. */
export function languageSwitchAsked(text: string): Locale | undefined {
  // "Spricht bei euch jemand Deutsch?" asks what staff speak, not to change this conversation.
  if (staffLanguageAsked(text)) return undefined;
  return switchRequestOf(text);
}

/**
 * "Hi, sorry I don't speak Dutch. I have a boete", "ich spreche kein Niederländisch", "nie mówię po
 * niderlandzku" in a conversation in that very language: the language the citizen wrote it in (or
 * named instead), to be answered in at once, whatever loan words the message has.
 */
export function languageInsteadOf(text: string, current: Locale): Locale | undefined {
  if (negatedLanguageOf(text) !== current) return undefined;
  const wanted = requestedLocale(text);
  return wanted !== current ? wanted : undefined;
}
