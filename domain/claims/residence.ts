import type { Debtor } from './claim';

/** A Dutch postcode: four digits (not starting with 0) and two letters, "8911 AB". */
const DUTCH_POSTCODE = /^[1-9]\d{3} ?[A-Z]{2}$/i;

/**
 * Whether the debtor lives outside the Netherlands: a country other than NL on file, or (without a
 * country) an address whose postcode is not Dutch. What happens when such a debtor does not pay, and
 * where they find debt help, differs (DOMAIN.md §5: the case goes to the state of residence).
 */
export function livesAbroad(debtor: Pick<Debtor, 'country' | 'postcode'>): boolean {
  if (debtor.country) return debtor.country.trim().toUpperCase() !== 'NL';
  return !DUTCH_POSTCODE.test(debtor.postcode.trim());
}
