import { foldDiacritics } from '../language/normalizeText';

/**
 * A question as the topic cues see it: folded like every text (diacritics, case), with hyphens and
 * apostrophes joined ("e-mail" = "email", "wasn't" = "wasnt"), other punctuation as spaces, and a
 * space at both ends so cues can match whole words with " word ".
 */
export function normalizeQuestion(text: string): string {
  return ` ${foldDiacritics(text)
    .replace(/['’`´-]/g, '')
    .replace(/[^a-z0-9€]+/g, ' ')
    .trim()} `;
}
