/**
 * Masks personal numbers in free text before it is stored (transcripts, handoff summaries) or logged:
 * 16-digit CJIB numbers keep their last 4 digits; postcodes, e-mail addresses, phone numbers, IBANs
 * and lone 9-digit numbers (BSN, old CJIB numbers) are replaced entirely. Pure and idempotent: masking masked text changes nothing.
 */

import { maskSpokenData } from './maskSpokenData';
import { WORDS_AFTER_NUMBER } from './wordsAfterNumber';

const MASK = '•';

/** IBAN: two letters, two check digits, 11–30 alphanumerics, often grouped by four. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/gi;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
/** 16 digits, optionally grouped with spaces, dots or dashes ("1062 5421 5704 7959"). */
const CJIB_NUMBER = /(?<![\d])(?:\d[ .-]?){15}\d(?![\d])/g;
/** Phone numbers: +31 / 0031 / 06 / 0xx forms with optional separators; 10–15 digits. */
// National numbers: Dutch (10 digits) and from abroad without country code (11-12, e.g. 0151 23456789).
const PHONE = /(?<![\w+])(?:\+|00)\d(?:[ ().-]{0,2}\d){8,14}(?!\d)|(?<![\w])0(?:[ ().-]{0,2}\d){9,11}(?!\d)/g;
/** Dutch postcodes "1234 AB" / "1234AB"; Polish "00-950". */
const NL_POSTCODE = /(?<![\w-])[1-9]\d{3}[ ]?[A-Z]{2}(?![\w-])/g;
const NL_POSTCODE_LOWER = /(?<![\w-])([1-9]\d{3})([ ]?)([a-z]{2})(?![\w-])/gi;
const PL_POSTCODE = /(?<![\w-])\d{2}-\d{3}(?![\w-])/g;
/** Nine digits on their own (a BSN, or an old 9-digit CJIB number), optionally grouped: "123.456.782". */
const NINE_DIGITS = /(?<![\w.,-])\d(?:[ .]?\d){8}(?![\w-]|[.,]\d)/g;

/** "24 november 2026 al …": a year after a month is no postcode, whatever word follows it. */
const AFTER_MONTH =
  /(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|januar|februar|marz|märz|juni|juli|oktober|dezember|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|września|pazdziernika|października|listopada|grudnia)\s+$/i;

function maskCjib(match: string): string {
  const digits = match.replace(/\D/g, '');
  return `${MASK.repeat(12)}${digits.slice(-4)}`;
}

export function maskPersonalData(text: string): string {
  if (!text) return text;
  return maskTyped(maskSpokenData(text));
}

/**
 * Text the assistant wrote itself: its templates write numbers as digits and addresses as typed
 * (a spoken number or e-mail is read into that form before it is said back), so only the typed
 * forms can occur, and the word-by-word reading of spoken forms (most of the cost on long answers)
 * is left out.
 */
export function maskAssistantText(text: string): string {
  if (!text) return text;
  return maskTyped(text);
}

function maskTyped(text: string): string {
  // Most texts (every reply is masked) hold no "@" and no digit: then no pattern can match, and
  // the scans, costly on long answers, are skipped.
  const withoutEmail = text.includes('@') ? text.replace(EMAIL, '[e-mail]') : text;
  if (!/\d/.test(withoutEmail)) return withoutEmail;
  return withoutEmail
    .replace(IBAN, (m) => (/\d{6}/.test(m.replace(/\s/g, '')) ? '[IBAN]' : m))
    .replace(CJIB_NUMBER, maskCjib)
    .replace(PHONE, '[phone]')
    .replace(NINE_DIGITS, '[number]')
    .replace(NL_POSTCODE, '[postcode]')
    .replace(NL_POSTCODE_LOWER, (m, _d: string, glue: string, letters: string, at: number, whole: string) =>
      glue !== '' &&
      (WORDS_AFTER_NUMBER.has(letters.toLowerCase()) || AFTER_MONTH.test(whole.slice(Math.max(0, at - 14), at)))
        ? m
        : '[postcode]',
    )
    .replace(PL_POSTCODE, '[postcode]');
}

/** A CJIB number for display to staff: every digit but the last four hidden. */
export function maskCjibNumber(cjibNumber: string): string {
  return maskCjib(cjibNumber);
}
