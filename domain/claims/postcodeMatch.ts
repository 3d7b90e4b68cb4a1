/**
 * Whether the postcode a citizen gave is the one of the address a letter went to. Formats differ
 * by country and by how people type them ("8911ab", "8911 AB", "D-47533", "PL 61-001"), so both
 * sides are compared without spacing, punctuation, case, or a country prefix the file lacks.
 */

function compact(postcode: string): string {
  return postcode.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** "D-47533" → "47533", "PL61001" → "61001": a 1–2 letter country code before an all-digit code. */
function withoutCountryPrefix(postcode: string): string {
  const m = /^[A-Z]{1,2}(\d+)$/.exec(postcode);
  return m ? m[1] : postcode;
}

export function postcodesMatch(given: string, onFile: string): boolean {
  const a = compact(given);
  const b = compact(onFile);
  if (!a || !b) return false;
  if (a === b) return true;
  return /^\d/.test(b) && withoutCountryPrefix(a) === b;
}

/** Something that could be a postcode anywhere in Europe: 3–10 letters/digits with at least one digit. */
export function looksLikePostcode(text: string): boolean {
  const c = compact(text);
  return c.length >= 3 && c.length <= 10 && /\d/.test(c) && text.trim().split(/\s+/).length <= 3;
}
