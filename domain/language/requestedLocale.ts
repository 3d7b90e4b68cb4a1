import type { Locale } from './locale';

/** Names of each language as citizens write them in any of the supported languages. */
const LANGUAGE_NAMES: Record<Locale, RegExp> = {
  nl: /\b(nederlands|dutch|niederl[aä]ndisch|holendersk\w*|niderlandzk\w*|vlaams|hollands)\b/i,
  en: /\b(engels|english|englisch|angielsk\w*|inglese)\b/i,
  de: /\b(duits|german|deutsch|niemieck\w*|allemand)\b/i,
  pl: /\b(pools|polish|polnisch|polsk\w*|polski)\b/i,
};

/** The language a citizen asks for ("can we speak English", "auf Deutsch bitte"), if named. */
export function requestedLocale(text: string): Locale | undefined {
  const found = (Object.keys(LANGUAGE_NAMES) as Locale[]).filter((locale) => LANGUAGE_NAMES[locale].test(text));
  return found.length === 1 ? found[0] : undefined;
}
