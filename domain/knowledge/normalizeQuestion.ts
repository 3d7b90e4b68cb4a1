import { foldDiacritics } from '../language/normalizeText';
import { withRecentResults } from '../language/recentResults';

/**
 * Chat Dutch written in WhatsApp ("wnr moet ik betalen", "hvl is het", "m'n boete"): the words the cues
 * are written for. Each is no word in English, German or Polish.
 */
const CHAT_FORMS: Record<string, string> = {
  wnr: 'wanneer',
  hvl: 'hoeveel',
  wrm: 'waarom',
  mn: 'mijn',
  gwn: 'gewoon',
};
const CHAT_WORD = /\b(wnr|hvl|wrm|mn|gwn)\b/g;

/**
 * A question as the topic cues see it: folded like every text (diacritics, case), with hyphens and
 * apostrophes joined ("e-mail" = "email", "wasn't" = "wasnt"), other punctuation as spaces, and a
 * space at both ends so cues can match whole words with " word ".
 * Some thirty rules ask for it in one turn: the first computes, the rest look it up.
 */
export const normalizeQuestion = withRecentResults(
  (text: string): string =>
    ` ${foldDiacritics(text)
      .replace(/['’`´-]/g, '')
      .replace(/[^a-z0-9€]+/g, ' ')
      .trim()
      .replace(CHAT_WORD, (word) => CHAT_FORMS[word] ?? word)} `,
);
