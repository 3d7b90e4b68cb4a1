/**
 * An e-mail address read back on the phone so the caller can check it: "jan.de-vries@gmail.com" →
 * "j a n, punt, d e, streepje, v r i e s, apenstaartje, gmail, punt, com". A word said as a word
 * ("jan") hides the letter that was misheard ("jen"); letter by letter, in groups of at most four
 * with a pause (a comma) between them, it can be followed. Names of the common mail providers and
 * the endings (com, nl) are said as words: every caller knows them and spelling them only adds time.
 * Pure.
 */

/** Said as words: the common mail providers and the endings of an address. */
const KNOWN_WORDS = new Set(
  [
    'gmail googlemail hotmail outlook live msn yahoo icloud me mac aol gmx web proton protonmail',
    'ziggo kpnmail kpnplanet planet xs4all home casema chello upcmail telfort tele2 online quicknet',
    'freenet posteo mailbox wp onet interia o2 poczta op tlen',
    'com nl de pl be eu org net info uk co at ch fr',
  ]
    .join(' ')
    .split(' '),
);

/** Letters a voice reads as one group before a pause. */
const GROUP = 4;

/** "vries" → "v r i e s"; "jansen1985" → "j a n s, e n, 1 9 8 5": letters and digits as separate groups. */
function spelledWord(word: string): string {
  const runs = word.match(/\d+|[^\d]+/g) ?? [];
  const groups: string[] = [];
  for (const run of runs) {
    const chars = [...run];
    // A run of five splits 3 + 2, not 4 + 1: no letter alone after a pause.
    const size = chars.length > GROUP && chars.length % GROUP === 1 ? GROUP - 1 : GROUP;
    for (let i = 0; i < chars.length; i += size) groups.push(chars.slice(i, i + size).join(' '));
  }
  return groups.join(', ');
}

/** The address spelled: `say` gives the word for each sign ("@" → "apenstaartje"). */
export function spelledEmail(address: string, say: Readonly<Record<string, string>>): string {
  const [local, domain = ''] = address.toLowerCase().split('@');
  const part = (text: string, known: (word: string) => boolean): string[] =>
    text
      .split(/([._-])/)
      .filter(Boolean)
      .map((piece) => (say[piece] ?? (known(piece) ? piece : spelledWord(piece))));
  // The caller's own name is always spelled; the provider's name only when it is not a common one.
  return [...part(local, () => false), say['@'], ...part(domain, (w) => KNOWN_WORDS.has(w))].join(', ');
}
