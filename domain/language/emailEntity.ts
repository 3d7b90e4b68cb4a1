/** E-mail addresses, typed or spoken ("jan punt jansen apenstaartje gmail punt com"). */
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i;
const SPOKEN_AT = /\s+(?:apenstaartje|at|add|et|malpa|małpa|klammeraffe)\s+/g;
const SPOKEN_DOT = /\s+(?:punt|dot|kropka|punkt)\s+/g;
const SPOKEN_DASH = /\s+(?:streepje|dash|minus|bindestrich|myslnik|myślnik)\s+/g;
const SPOKEN_UNDERSCORE = /\s+(?:underscore|liggend streepje|laag streepje)\s+/g;
/** "jan @ gmail.com" (a space typed around the "@"), "jan(at)gmail.com". */
const LOOSE_AT = /\s*(?:@|\(at\)|\[at\])\s*/g;

export function extractEmail(text: string): string | undefined {
  // Without an "@" the pattern cannot match; skipping its scan matters on long messages.
  const typed = text.includes('@') ? text.match(EMAIL) : null;
  if (typed) return typed[0].toLowerCase();
  const spoken = ` ${text.toLowerCase()} `
    .replace(SPOKEN_UNDERSCORE, '_')
    .replace(SPOKEN_DASH, '-')
    .replace(SPOKEN_AT, '@')
    .replace(LOOSE_AT, '@')
    .replace(SPOKEN_DOT, '.');
  const m = spoken.includes('@') ? spoken.match(EMAIL) : null;
  return m ? m[0].toLowerCase() : undefined;
}
