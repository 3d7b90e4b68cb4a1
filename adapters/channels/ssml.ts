import type { Locale } from '../../domain/language/locale';

/** Neural voices per language for the phone channel. */
const VOICES: Record<Locale, { lang: string; voice: string }> = {
  nl: { lang: 'nl-NL', voice: 'nl-NL-FennaNeural' },
  en: { lang: 'en-GB', voice: 'en-GB-SoniaNeural' },
  de: { lang: 'de-DE', voice: 'de-DE-KatjaNeural' },
  pl: { lang: 'pl-PL', voice: 'pl-PL-AgnieszkaNeural' },
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Wraps speakable text in SSML for the locale's voice. */
export function ssml(text: string, locale: Locale): string {
  const { lang, voice } = VOICES[locale];
  const spoken = text.replace(/\n+/g, ' ').replace(/[-*•]\s+/g, '').trim();
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${lang}"><voice name="${voice}">${escapeXml(spoken)}</voice></speak>`;
}
