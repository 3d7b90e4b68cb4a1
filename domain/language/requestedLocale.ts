import { detectLanguage } from './detectLanguage';
import type { Locale } from './locale';

/** Names of each language as citizens write them in any of the supported languages. */
const LANGUAGE_NAMES: Record<Locale, RegExp> = {
  nl: /\b(nederlands|dutch|niederl[aä]ndisch|holendersk\w*|niderlandzk\w*|vlaams|hollands)\b/i,
  en: /\b(engels|english|englisch|angielsk\w*|inglese)\b/i,
  de: /\b(duits|german|deutsch|niemieck\w*|allemand)\b/i,
  pl: /\b(pools|polish|polnisch|polsk\w*|polski)\b/i,
};

/** A language named to say it is not understood: "I don't understand Dutch", "kein Niederländisch". */
const NOT_UNDERSTOOD =
  /\b(don'?t|do not|can'?t|cannot|no|not|kein|keine|nicht|geen|niet|nie)\b(\s+\p{L}+){0,3}?\s+$/iu;

/**
 * The language a citizen asks for ("can we speak English", "auf Deutsch bitte"), if named. A language
 * named as not understood ("I don't understand Dutch") asks for the language the message is in.
 */
export function requestedLocale(text: string): Locale | undefined {
  const found = (Object.keys(LANGUAGE_NAMES) as Locale[]).filter((locale) =>
    LANGUAGE_NAMES[locale].test(text),
  );
  const wanted = found.filter((locale) => !namedAsNotUnderstood(text, locale));
  if (wanted.length === 1) return wanted[0];
  if (found.length !== 1 || wanted.length) return undefined;
  const written = detectLanguage(text)?.locale;
  return written && written !== found[0] ? written : undefined;
}

/** A language named as the only one the citizen speaks: "I only speak English", "ich spreche nur Deutsch". */
const ONLY =
  /\b(only|just|nur|alleen|enkel|tylko)(\s+(speak|understand|read|spreche|verstehe|spreek|versta|begrijp|lees|mówię|mowie|rozumiem|znam))?\s+$/iu;

/**
 * The language a citizen says is the only one they speak or understand ("Sorry, I only speak
 * English", "ik spreek alleen Engels", "mówię tylko po polsku"), whatever else the message asks.
 */
export function onlyLanguage(text: string): Locale | undefined {
  const only = (Object.keys(LANGUAGE_NAMES) as Locale[]).filter((locale) => {
    const match = LANGUAGE_NAMES[locale].exec(text);
    return match !== null && ONLY.test(text.slice(0, match.index).replace(/\b(po|auf|in)\s*$/i, ''));
  });
  return only.length === 1 ? only[0] : undefined;
}

function namedAsNotUnderstood(text: string, locale: Locale): boolean {
  const before = text.slice(0, LANGUAGE_NAMES[locale].exec(text)!.index);
  return NOT_UNDERSTOOD.test(before.replace(/\b(po|auf|in)\s*$/i, ''));
}
