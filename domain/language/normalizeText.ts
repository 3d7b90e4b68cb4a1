import { withRecentResults } from './recentResults';

/**
 * Text normalisation shared by entity extraction, language detection and the intent model.
 * Citizens type without diacritics, so everything is folded to plain lower-case ASCII letters.
 */

/** Letters that NFD does not decompose (Polish ł, German ß, Danish ø …). */
const SPECIAL_FOLDS: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i' };

/** Lower-cases and removes diacritics: "Één Boete, ŁÓDŹ" → "een boete, lodz". */
export const foldDiacritics = withRecentResults((text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łßøæœı]/g, (ch) => SPECIAL_FOLDS[ch] ?? ch),
);

/**
 * Folds diacritics, drops punctuation (apostrophes join: "don't" → "dont") and collapses spaces.
 * Digits, "@", "+", "€" survive because entities and the intent model use them.
 */
export const normalizeText = withRecentResults((text: string): string =>
  foldDiacritics(text)
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9@+€\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** Words of the normalised text. */
export function words(text: string): string[] {
  const normal = normalizeText(text);
  return normal ? normal.split(' ') : [];
}
