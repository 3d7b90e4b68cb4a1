import { detectLanguage } from './detectLanguage';
import { otherLanguageOf } from './otherLanguage';
import type { Locale } from './locale';

/** Names of each language as citizens write them in any of the supported languages. */
const LANGUAGE_NAMES: Record<Locale, RegExp> = {
  nl: /(?<!\p{L})(nederlands|dutch|niederl[aä]ndisch|holendersk\p{L}*|niderlandzk\p{L}*|vlaams|hollands|n[ée]erlandais|holand[ée]s|hollandaca|felemenk[çc]e|olandese|holand[êe]s|olandez[ăa])(?!\p{L})/iu,
  en: /(?<!\p{L})(engels|english|englisch|angielsk\p{L}*|inglese|anglais|ingl[ée]s|ingilizce|ingl[êe]s|englez[ăa])(?!\p{L})/iu,
  de: /(?<!\p{L})(duits|german|deutsch|niemieck\p{L}*|allemand|alem[áa]n|almanca|tedesco|alem[ãa]o|german[ăa])(?!\p{L})/iu,
  pl: /(?<!\p{L})(pools|polish|polnisch|polsk\p{L}*|polski|polonais|polaco|leh[çc]e|polacco|polon[êe]s|polonez[ăa])(?!\p{L})/iu,
};

/** A language named to say it is not understood: "I don't understand Dutch", "kein Niederländisch". */
const NOT_UNDERSTOOD =
  /\b(don'?t|do not|can'?t|cannot|no|not|kein|keine|nicht|geen|niet|nie|pas|non|n[ãa]o)\b(\s+\p{L}+){0,3}?\s+$/iu;

/** Turkish says it after the language: "hollandaca bilmiyorum / anlamıyorum / konuşamıyorum". */
const NOT_UNDERSTOOD_AFTER = /^\s+(bilmiyorum|anlam[ıi]yorum|konu[şs]am[ıi]yorum)/iu;

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
  // "Je ne parle pas néerlandais": a language the assistant does not speak is answered in English.
  if (otherLanguageOf(text)) return found[0] === 'en' ? undefined : 'en';
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
  const match = LANGUAGE_NAMES[locale].exec(text)!;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return NOT_UNDERSTOOD.test(before.replace(/\b(po|auf|in)\s*$/i, '')) || NOT_UNDERSTOOD_AFTER.test(after);
}
