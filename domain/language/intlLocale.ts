import type { Locale } from './locale';

/**
 * The BCP-47 tag each supported locale formats with. English is British English: day before
 * month ("15 December 2026"), the way the CJIB's own English pages write dates.
 */
const INTL_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };

export function intlLocale(locale: Locale): string {
  return INTL_TAGS[locale];
}

/**
 * Intl separates amounts and currency signs with (narrow) no-break spaces. Citizens' channels
 * (SMS especially) and the texts around them use plain spaces, so formatted values do too.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
