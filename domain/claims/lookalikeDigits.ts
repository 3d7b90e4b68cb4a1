/**
 * "96989486I458O658", "9698 9486 l458 o658": a CJIB number typed with the letters O and I (or l)
 * where the letter has 0 and 1 (they look alike on paper and on some keyboards). A run of digits,
 * look-alike letters and separators with at least 12 real digits that makes exactly 16 digits is
 * read as the number; anything else (words, a postcode's letters) is left alone.
 */
const RUN = /[0-9OoIl|](?:[0-9OoIl| .\-/]*[0-9OoIl|])?/g;

export function cjibNumberWithLookalikes(text: string): string | undefined {
  for (const [run] of text.matchAll(RUN)) {
    const compact = run.replace(/[ .\-/]/g, '');
    if ((compact.match(/[0-9]/g) ?? []).length < 12) continue;
    const digits = compact.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
    if (/^[0-9]{16}$/.test(digits)) return digits;
  }
  return undefined;
}
