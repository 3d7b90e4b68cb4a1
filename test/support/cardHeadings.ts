/**
 * The headings written over a card or a list ("Niet in de nieuwe regeling", "Uw boetes bij het
 * CJIB"), per language. On the phone none of them may be a sentence of its own: a caller hears a
 * bare heading as a fragment.
 */
import { loadLocaleResources } from '../../bot/i18n';
import type { Locale } from '../../domain/language/locale';

const resources = loadLocaleResources();

interface Headed {
  arrangement: {
    claims: { included: string; excluded: string };
    existing: { heading: string };
    plan: { title: string };
  };
  lookup: { card: { title: string } };
}

export function cardHeadings(locale: Locale): string[] {
  const { arrangement, lookup } = resources[locale] as unknown as Headed;
  return [
    arrangement.claims.included,
    arrangement.claims.excluded,
    arrangement.existing.heading,
    arrangement.plan.title,
    lookup.card.title,
  ];
}

/** Whether a spoken sentence is nothing but one of those headings. */
export function isBareHeading(sentence: string, locale: Locale): boolean {
  const bare = sentence.trim().replace(/[.:]$/, '');
  return cardHeadings(locale).some((heading) => heading.replace(/[.:]$/, '') === bare);
}
