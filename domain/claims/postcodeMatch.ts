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
  if (/^\d/.test(b) && withoutCountryPrefix(a) === b) return true;
  return sameWithLookalikes(a, b);
}

/**
 * "61-OO1", "1O71 DJ": the letters O and I (or l) typed where the postcode on file has 0 and 1.
 * Only in the file's digit positions, so a postcode's own letters are never bent.
 */
function sameWithLookalikes(given: string, onFile: string): boolean {
  if (given.length !== onFile.length) return false;
  return [...given].every((ch, i) => {
    const want = onFile[i];
    return ch === want || (want === '0' && ch === 'O') || (want === '1' && (ch === 'I' || ch === 'L'));
  });
}

/** Something that could be a postcode anywhere in Europe: 3–10 letters/digits with at least one digit. */
export function looksLikePostcode(text: string): boolean {
  const c = compact(text);
  return c.length >= 3 && c.length <= 10 && /\d/.test(c) && text.trim().split(/\s+/).length <= 3;
}

/**
 * The postcode in an address line typed whole ("Klever Str. 9, 47533 Kleve", "ul. Polna 14,
 * 61-001 Poznań", "Rue de la Loi 16, 1000 Brussel"): a Dutch one, a Polish one, or else the last
 * group of 4 or 5 digits (house numbers are rarely that long). Undefined when there is none.
 */
export function postcodeInAddress(text: string): string | undefined {
  const dutch = /\b(\d{4}) ?([A-Za-z]{2})\b/.exec(text);
  if (dutch && !/^(de|en|in|op|te)$/i.test(dutch[2])) return `${dutch[1]} ${dutch[2].toUpperCase()}`;
  const polish = /\b\d{2}-\d{3}\b/.exec(text);
  if (polish) return polish[0];
  const groups = text.match(/\b\d{4,5}\b/g);
  return groups && groups.length > 0 ? groups[groups.length - 1] : undefined;
}
