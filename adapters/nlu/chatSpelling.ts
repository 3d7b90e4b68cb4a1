/**
 * Chat and speech spellings read as the words the model learnt: WhatsApp Dutch ("wa mot ik", "mn",
 * "ff"), texting English ("ur"), a compound typed as two words, a spoken Dutch word without its
 * final n, German written without umlauts. Training and prediction read text the same way, so a
 * spelling the model has seen often keeps its own weight and only the unseen one is rewritten.
 */

/** Whether the model (or the training data) has seen a word on its own. */
export type KnownWord = (word: string) => boolean;

/** A lookup table without Object's own names, so that "constructor" is no chat word. */
function table(entries: Record<string, string>): Record<string, string> {
  return Object.assign(Object.create(null) as Record<string, string>, entries);
}

/** Chat forms of common words, each unambiguous across nl/en/de/pl. */
const CHAT_FORMS = table({
  wa: 'wat',
  mot: 'moet',
  mote: 'moeten',
  ken: 'kan',
  mn: 'mijn',
  mijne: 'mijn',
  zn: 'zijn',
  ff: 'even',
  effe: 'even',
  efkes: 'even',
  gwn: 'gewoon',
  wrm: 'waarom',
  wnr: 'wanneer',
  hvl: 'hoeveel',
  nx: 'niks',
  n: 'een',
  ur: 'your',
});

/**
 * Chat Dutch that is also another language's word ("nie" and "da" are Polish and German, "t" ends
 * "don't"): read as Dutch only in a sentence that holds a word no other of the four languages has.
 */
const DUTCH_ONLY_FORMS = table({ nie: 'niet', da: 'dat', t: 'het' });
const DUTCH_MARKERS = new Set([
  'ik',
  'het',
  'een',
  'mijn',
  'jullie',
  'wat',
  'dat',
  'heb',
  'kan',
  'moet',
  'wil',
  'niet',
]);
const ENGLISH_CONTRACTIONS = new Set([
  'don',
  'can',
  'isn',
  'doesn',
  'didn',
  'won',
  'wasn',
  'aren',
  'haven',
  'couldn',
]);

/** Chat forms of single words, and "m'n" / "z'n" (split at the apostrophe) as "mijn" / "zijn". */
export function chatWords(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if ((w === 'm' || w === 'z') && ws[i + 1] === 'n') {
      out.push(w === 'm' ? 'mijn' : 'zijn');
      i++;
    } else out.push(CHAT_FORMS[w] ?? w);
  }
  if (!out.some((w) => DUTCH_MARKERS.has(w))) return out;
  return out.map((w, i) =>
    DUTCH_ONLY_FORMS[w] && !(w === 't' && ENGLISH_CONTRACTIONS.has(out[i - 1])) ? DUTCH_ONLY_FORMS[w] : w,
  );
}

/** xnumx, xcjibx, xemailx …: a kind of token, not letters. */
export function isPlaceholder(w: string): boolean {
  return w.startsWith('x') && w.endsWith('x') && w.length > 3;
}

const LETTERS = /^\p{L}{3,}$/u;
/** A word of three letters or more, not a placeholder such as xnumx. */
const isWord = (w: string) => LETTERS.test(w) && !isPlaceholder(w);

/** "moechte", "koennen", "pfaendung" as the model's folded "mochte", "konnen", "pfandung". */
function withoutUmlautSpelling(w: string): string {
  return w.replace(/([aou])e/g, '$1');
}

/**
 * Spellings read as the word the model knows, when only that one is known:
 * - a compound typed as two words ("rekening nummer", "betalings regeling", "konto nummer") as the one
 *   word Dutch and German write: the halves alone often point elsewhere ("nummer" → contact);
 * - the spoken Dutch infinitive or plural without its final n ("gekrege", "feestdage"), from six letters
 *   on even when the short form is known too (its few examples say less than the full word's; the short
 *   known words this would misread, English "have" or "late", are shorter; never under four letters:
 *   a spelled "dee" is no "deen");
 * - a word typed without its final e ("boet"), when only the full one is known;
 * - German umlauts written as ae/oe/ue ("moechte").
 */
export function knownSpellings(ws: string[], known: KnownWord | undefined): string[] {
  if (!known) return ws;
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i];
    const b = ws[i + 1];
    if (b !== undefined && isWord(a) && isWord(b) && known(a + b)) {
      out.push(a + b);
      i++;
    } else if (isWord(a) && a.length >= 4 && a.endsWith('e') && (a.length >= 6 || !known(a)) && known(`${a}n`))
      out.push(`${a}n`);
    else if (!isWord(a) || known(a)) out.push(a);
    else if (a.length >= 4 && known(`${a}e`)) out.push(`${a}e`);
    else if (/[aou]e/.test(a) && known(withoutUmlautSpelling(a))) out.push(withoutUmlautSpelling(a));
    else out.push(a);
  }
  return out;
}
