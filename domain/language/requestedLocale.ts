import { detectLanguage } from './detectLanguage';
import { otherLanguageOf } from './otherLanguage';
import { languageNamings, negatedLanguageOf, switchRequestOf } from './languageNaming';
import type { Locale } from './locale';

/** Names of each language as citizens write them in any of the supported languages. */
const LANGUAGE_NAMES: Record<Locale, RegExp> = {
  nl: /(?<!\p{L})(nederlands|dutch|niederl(?:[aä]|ae)ndisch|holl(?:[aä]|ae)ndisch|holendersk\p{L}*|niderlandzk\p{L}*|vlaams|hollands|n[ée]erlandais|holand[ée]s|hollandaca|felemenk[çc]e|olandese|holand[êe]s|olandez[ăa])(?!\p{L})/iu,
  en: /(?<!\p{L})(engels|english|englisch|angielsk\p{L}*|inglese|anglais|ingl[ée]s|ingilizce|ingl[êe]s|englez[ăa])(?!\p{L})/iu,
  de: /(?<!\p{L})(duits|german|deutsch|niemieck\p{L}*|allemand|alem[áa]n|almanca|tedesco|alem[ãa]o|german[ăa])(?!\p{L})/iu,
  pl: /(?<!\p{L})(pools|polish|polnisch|polsk\p{L}*|polski|polonais|polaco|leh[çc]e|polacco|polon[êe]s|polonez[ăa])(?!\p{L})/iu,
};

/**
 * The language a citizen asks for ("can we speak English", "auf Deutsch bitte", "English"), if one is
 * asked for. A language only named ("the letter is in Dutch", "my German fine") asks for none; one
 * named as not understood ("I don't understand Dutch", "mein Englisch ist schlecht") asks for the
 * language the message is written in, when that is another one (else the citizen is asked which).
 */
export function requestedLocale(text: string): Locale | undefined {
  const asked = switchRequestOf(text);
  if (asked) return asked;
  const negated = negatedLanguageOf(text);
  if (!negated) return undefined;
  // "Ik spreek niet goed Nederlands, kan in Engels": the other language named is the one wanted.
  const instead = [
    ...new Set(
      languageNamings(text)
        .filter((n) => n.kind === 'mentioned')
        .map((n) => n.locale),
    ),
  ];
  if (instead.length === 1 && instead[0] !== negated) return instead[0];
  // "Je ne parle pas néerlandais": a language the assistant does not speak is answered in English.
  if (otherLanguageOf(text)) return negated === 'en' ? undefined : 'en';
  const written = detectLanguage(text);
  return written && written.locale !== negated && written.confidence >= WRITTEN_CONFIDENCE
    ? written.locale
    : undefined;
}

/** How sure the detector must be of the language a "my Dutch is bad" is written in. */
const WRITTEN_CONFIDENCE = 0.4;

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
