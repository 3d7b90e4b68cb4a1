import type { Locale } from '../language/locale';

/**
 * Gives the text for a key such as `lookup:number.ask` in a locale. Every citizen- and staff-visible
 * text comes through here from `locales/<lng>/<namespace>.json`; code never holds such texts.
 */
export interface Localizer {
  t(locale: Locale, key: string, vars?: Record<string, unknown>): string;
  /** For keys whose value is a list or object (e.g. suggested follow-ups); read-only (frozen). */
  tObject<T>(locale: Locale, key: string): Readonly<T>;
  has(locale: Locale, key: string): boolean;
}
