/** The four languages citizens chat in, and the locale their channel sends with each. */
export type Lang = 'nl' | 'en' | 'de' | 'pl';

export const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };
