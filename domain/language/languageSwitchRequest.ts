/**
 * "Ok bedankt, nu weer Nederlands graag", "back to English please", "jetzt wieder auf Deutsch bitte",
 * "teraz po polsku proszę": a change of language asked for inside a longer message (thanks, an ok),
 * which the recogniser files under the other words. Only a language named with words that ask for
 * it: "my letter is in Dutch" or "ik heb een Duitse boete" ask for nothing.
 */
import type { Locale } from './locale';
import { normalizeText } from './normalizeText';
import { requestedLocale } from './requestedLocale';

/** Words before the language that make it the one wanted: again, back to, switch to, speak. */
const BEFORE =
  /\b(weer|terug naar|verder in|overschakelen naar|liever|spreek|spreken|praten|praat|again|back to|switch to|change to|continue in|rather|speak|talk|wieder|zuruck (auf|zu)|lieber|weiter auf|sprechen|znowu|z powrotem|wole|mowic|rozmawiac|prosze po|dalej po)\b(\s+\p{L}+){0,2}\s*$/u;
/** Words after the language that ask for it: please, graag, bitte, proszę. */
const AFTER = /^\s*(graag|alsjeblieft|alstublieft|aub|please|pls|bitte|prosze|poprosze)\b/u;

/** The language asked for in a message that also says other things, if its words ask for it. */
export function languageSwitchAsked(text: string): Locale | undefined {
  const wanted = requestedLocale(text);
  if (!wanted) return undefined;
  const normalized = normalizeText(text);
  const names: Record<Locale, RegExp> = {
    nl: /\b(nederlands|dutch|niederlandisch|holendersku|po holendersku|hollands|vlaams)\b/u,
    en: /\b(engels|english|englisch|angielsku|po angielsku)\b/u,
    de: /\b(duits|german|deutsch|niemiecku|po niemiecku)\b/u,
    pl: /\b(pools|polish|polnisch|polsku|po polsku|polski)\b/u,
  };
  const match = names[wanted].exec(normalized);
  if (!match) return undefined;
  const before = normalized.slice(0, match.index).replace(/\b(in|auf|op|po)\s*$/u, '');
  const after = normalized.slice(match.index + match[0].length);
  return BEFORE.test(before) || AFTER.test(after) ? wanted : undefined;
}
