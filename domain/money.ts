/** Money for citizens: amounts are integer euro cents everywhere; these turn them into words and text. */
import { intlLocale, plainSpaces } from './language/intlLocale';
import type { Locale } from './language/locale';

const formatters = new Map<Locale, Intl.NumberFormat>();

function formatter(locale: Locale): Intl.NumberFormat {
  let found = formatters.get(locale);
  if (!found) {
    // 'always': Polish would otherwise leave 4-digit amounts ungrouped ("1234,56 €").
    found = new Intl.NumberFormat(intlLocale(locale), {
      style: 'currency',
      currency: 'EUR',
      useGrouping: 'always',
    } as unknown as Intl.NumberFormatOptions);
    formatters.set(locale, found);
  }
  return found;
}

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount must be whole cents (got ${cents})`);
}

/** nl "€ 1.234,56", en "€1,234.56", de "1.234,56 €", pl "1 234,56 €". */
export function formatMoney(cents: number, locale: Locale): string {
  assertCents(cents);
  return plainSpaces(formatter(locale).format(cents / 100));
}

/** Words for the currency, by plural category (Intl.PluralRules) where the language inflects. */
const SPOKEN: Record<
  Locale,
  {
    euro: Partial<Record<Intl.LDMLPluralRule, string>>;
    cent: Partial<Record<Intl.LDMLPluralRule, string>>;
    and: string;
  }
> = {
  nl: { euro: { other: 'euro' }, cent: { other: 'cent' }, and: 'en' },
  en: { euro: { one: 'euro', other: 'euros' }, cent: { one: 'cent', other: 'cents' }, and: 'and' },
  de: { euro: { other: 'Euro' }, cent: { other: 'Cent' }, and: 'und' },
  pl: {
    euro: { other: 'euro' },
    cent: { one: 'cent', few: 'centy', many: 'centów', other: 'centa' },
    and: 'i',
  },
};

const pluralRules = new Map<Locale, Intl.PluralRules>();

function word(forms: Partial<Record<Intl.LDMLPluralRule, string>>, n: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  const rule = rules.select(n);
  return forms[rule] ?? forms.other ?? '';
}

/**
 * An amount as a voice reads it best: "129 euro", "265 euro en 50 cent", "1 euro and 5 cents".
 * Digits without grouping separators, which speech engines read as one number.
 */
export function speakMoney(cents: number, locale: Locale): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  const forms = SPOKEN[locale];
  const euroPart = `${sign}${euros} ${word(forms.euro, euros, locale)}`;
  if (rest === 0) return euroPart;
  if (euros === 0) return `${sign}${rest} ${word(forms.cent, rest, locale)}`;
  return `${euroPart} ${forms.and} ${rest} ${word(forms.cent, rest, locale)}`;
}
