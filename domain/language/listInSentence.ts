import { intlLocale } from './intlLocale';
import type { Locale } from './locale';
import { listFormat } from './intlFormats';

/**
 * Descriptions named inside a sentence ("Voor snelheidsovertreding … en door rood licht rijden is
 * …"): joined with the language's "and", each starting in lower case (German nouns keep their
 * capital), instead of "Snelheidsovertreding …, Door rood licht rijden", which a voice reads as two
 * sentences.
 */
export function listInSentence(items: readonly string[], locale: Locale): string {
  const words = locale === 'de' ? items : items.map((item) => lowerFirst(item));
  return listFormat(intlLocale(locale), 'conjunction').format(words);
}

/** The first letter in lower case, unless the first word is an abbreviation ("CJIB", "BR"). */
function lowerFirst(item: string): string {
  if (/^\p{Lu}{2,}/u.test(item)) return item;
  return item.charAt(0).toLocaleLowerCase() + item.slice(1);
}
