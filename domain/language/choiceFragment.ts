/**
 * A typed part of one offered choice: "aanvragen" for "Ja, aanvragen", "te hoog" for "Het
 * maandbedrag is te hoog", "zloz wniosek" for "Tak, złóż wniosek". On a channel without buttons the
 * citizen types what he read; a whole title typed without its accents or commas is that title too.
 */
import { normalizeText } from './normalizeText';

/** A fragment needs one word of this length: "ja", "nu" or "te" alone could belong to anything. */
const MIN_WORD = 4;

/** Whether `part` is a run of whole words inside `whole` (both normalised word lists). */
function containsRun(whole: string[], part: string[]): boolean {
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((w, i) => whole[start + i] === w)) return true;
  }
  return false;
}

/**
 * The index of the one title the answer is (folded) or is a run of words of; undefined when it is
 * none, or a part of more than one ("versturen" in "Ja, versturen" and "Nee, niet versturen").
 */
export function choiceByFragment(answer: string, titles: readonly string[]): number | undefined {
  const said = normalizeText(answer);
  if (!said) return undefined;
  const folded = titles.map((t) => normalizeText(t));
  const whole = folded.indexOf(said);
  if (whole >= 0) return whole;
  const words = said.split(' ');
  if (/\d/.test(said) || !words.some((w) => w.length >= MIN_WORD)) return undefined;
  const hits = folded.flatMap((t, i) => (containsRun(t.split(' '), words) ? [i] : []));
  return hits.length === 1 ? hits[0] : undefined;
}
