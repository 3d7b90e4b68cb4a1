/**
 * Intl objects made once per locale and style. Constructing one costs far more than using it
 * (a plural rule or a list join is asked several times per turn), and they never change.
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let found = made.get(key) as T | undefined;
  if (found === undefined) {
    found = make();
    made.set(key, found);
  }
  return found;
}

export function pluralRules(locale: string): Intl.PluralRules {
  return once(`plural:${locale}`, () => new Intl.PluralRules(locale));
}

export function listFormat(locale: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  return once(`list:${type}:${locale}`, () => new Intl.ListFormat(locale, { type }));
}

/** A number format; `style` names the options, which must be the same for the same name. */
export function numberFormat(
  locale: string,
  style: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return once(`number:${style}:${locale}`, () => new Intl.NumberFormat(locale, options));
}
