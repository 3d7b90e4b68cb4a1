/**
 * "Ok bedankt, nu weer Nederlands graag", "back to English please", "jetzt wieder auf Deutsch bitte",
 * "teraz po polsku proszę": a change of language asked for inside a longer message (thanks, an ok),
 * which the recogniser files under the other words. Only a language named with words that ask for
 * it: "my letter is in Dutch" or "ik heb een Duitse boete" ask for nothing.
 */
import { switchRequestOf } from './languageNaming';
import type { Locale } from './locale';

/** The language asked for in a message that also says other things, if its words ask for it. */
export function languageSwitchAsked(text: string): Locale | undefined {
  return switchRequestOf(text);
}
