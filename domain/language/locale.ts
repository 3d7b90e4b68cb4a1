/** Languages the assistant speaks. Every locale here must have a complete `locales/<lng>/` folder. */
export const SUPPORTED_LOCALES = ['nl', 'en', 'de', 'pl'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Maps a BCP-47 tag such as "nl-NL", "en_GB" or "de" to a supported locale, or undefined. */
export function toLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}
