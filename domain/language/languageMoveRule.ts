import type { Locale } from './locale';

/**
 * Whether a message written confidently in another of the four languages moves the conversation
 * to it. The first messages set the language; once a conversation has one, a single message in
 * another language ("ok yes please apply" between Polish ones, "dank je wel, spreek ook een beetje
 * Nederlands") keeps it; the second message in a row in that language moves it (and it is said).
 * Asking for a language ("English please") moves it at once elsewhere (the dialogs).
 */
export function movesLanguage(
  established: boolean,
  seenBefore: Locale | undefined,
  detected: Locale,
): boolean {
  return !established || seenBefore === detected;
}
