import type { Locale } from '../../domain/language/locale';
import { sentences } from './speakable';

/** Neural voices per language for the phone channel (Dutch is the default: nl-NL). */
export const VOICES: Record<Locale, { lang: string; voice: string }> = {
  nl: { lang: 'nl-NL', voice: 'nl-NL-FennaNeural' },
  en: { lang: 'en-GB', voice: 'en-GB-SoniaNeural' },
  de: { lang: 'de-DE', voice: 'de-DE-KatjaNeural' },
  pl: { lang: 'pl-PL', voice: 'pl-PL-AgnieszkaNeural' },
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * SSML for the locale's voice: one `<s>` per short sentence, so the voice pauses between them.
 * The text must already be speakable (see speakable.ts); it is escaped here.
 */
export function ssml(text: string, locale: Locale): string {
  return ssmlOfSentences(sentences(text), locale);
}

/** SSML of sentences already cut (spokenPortions.ts): cutting them again could take "1." for a list number. */
export function ssmlOfSentences(said: readonly string[], locale: Locale): string {
  const { lang, voice } = VOICES[locale];
  const body = said.map((s) => `<s>${escapeXml(s)}</s>`).join('');
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${lang}"><voice name="${voice}">${body}</voice></speak>`;
}
