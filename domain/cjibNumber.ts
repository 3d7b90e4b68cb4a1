/**
 * The CJIB number (DOMAIN.md §3): 16 digits top right on every letter; older letters and court
 * papers carry 9 digits. Finding one in free text, spoken digits included, is
 * language/cjibNumberEntity.ts; this file is what the assistant does with the number.
 */

export const CJIB_NUMBER_LENGTH = 16;
export const LEGACY_CJIB_NUMBER_LENGTH = 9;

/** Weights from the rightmost digit leftwards (2^k mod 11), DOMAIN.md §3.2. */
const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1];

/** A typed number without its spaces, dots and dashes; undefined unless it is 16 (or 9) digits. */
export function normaliseCjibNumber(input: string): string | undefined {
  if (!/^[\d\s.\-/]+$/.test(input.trim())) return undefined;
  const digits = input.replace(/\D/g, '');
  return digits.length === CJIB_NUMBER_LENGTH || digits.length === LEGACY_CJIB_NUMBER_LENGTH
    ? digits
    : undefined;
}

/** The NL-betalingskenmerk check digit for the digits after it (DOMAIN.md §3.2). */
export function checkDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++)
    sum += Number(payload[payload.length - 1 - i]) * WEIGHTS[i % WEIGHTS.length];
  const c = 11 - (sum % 11);
  return c === 10 ? 1 : c === 11 ? 0 : c;
}

/**
 * Whether a 16-digit number passes the mod-11 check. Only a plausibility hint: a failing number is
 * read back to the citizen to double-check, never refused (DOMAIN.md §3.3: the format is not
 * confirmed by the CJIB). Legacy 9-digit numbers have no known check and always pass.
 */
export function passesCheckDigit(number: string): boolean {
  if (number.length === LEGACY_CJIB_NUMBER_LENGTH && /^\d+$/.test(number)) return true;
  if (number.length !== CJIB_NUMBER_LENGTH || !/^\d+$/.test(number)) return false;
  return Number(number[0]) === checkDigit(number.slice(1));
}

/** For storage and audit: every digit but the last four hidden (one masking rule project-wide). */
export { maskCjibNumber } from './privacy/maskPersonalData';

/** As printed on the letter, in groups of four: "9698 9486 1458 0658". */
export function formatCjibNumber(number: string): string {
  return number.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** For a voice, digit by digit with a pause between groups: "9 6 9 8, 9 4 8 6, …". */
export function speakCjibNumber(number: string): string {
  return formatCjibNumber(number)
    .split(' ')
    .map((group) => group.split('').join(' '))
    .join(', ');
}
