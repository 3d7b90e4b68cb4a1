/**
 * Phone numbers written the way people write their own country's numbers, without a country code.
 * A Polish number has nine digits and no leading 0 ("601 234 567"); "48 601 234 567" is the same
 * with the country code but no plus. Dutch and German numbers start with 0 (see phoneEntity).
 */
import type { Locale } from './locale';

/** The whole answer is one number of digits, spaces, dots and dashes. */
const ONLY_NUMBER = /^[\d\s.\-/]+$/;

function digitsOnly(answer: string): string | undefined {
  const trimmed = answer.trim().replace(/[.!]+$/, '');
  return ONLY_NUMBER.test(trimmed) ? trimmed.replace(/\D/g, '') : undefined;
}

/** "601 234 567" in a Polish conversation → "+48601234567"; "48 601 234 567" too. */
export function polishPhone(answer: string, locale: Locale): string | undefined {
  if (locale !== 'pl') return undefined;
  const digits = digitsOnly(answer);
  if (digits && /^[1-9]\d{8}$/.test(digits)) return `+48${digits}`;
  if (digits && /^48[1-9]\d{8}$/.test(digits)) return `+${digits}`;
  return undefined;
}

/**
 * Nine digits without a leading 0 outside a Polish conversation ("601 234 567", "612345678"): a
 * phone number perhaps, but of which country is not known, so the country code is asked.
 */
export function phoneWithoutCountry(answer: string): boolean {
  const digits = digitsOnly(answer);
  return digits !== undefined && /^[1-9]\d{8}$/.test(digits);
}
