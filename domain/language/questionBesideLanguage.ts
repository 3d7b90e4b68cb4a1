import { requestedLocale } from './requestedLocale';

/** Up to here a part of the message may be about the language only ("ok english then"). */
const MIN_QUESTION_WORDS = 3;

/**
 * "Ok english then. Why is my fine so high?", "auf Deutsch bitte, wie kann ich zahlen?": what the
 * message asks besides naming the language to continue in, so it is answered in that language and
 * not dropped. Undefined when the message is about the language only.
 */
export function questionBesideLanguage(text: string): string | undefined {
  const parts = text
    .split(/(?<=[.!?;,:])\s+|\s+-\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const aboutLanguage = parts.filter((part) => requestedLocale(part) !== undefined);
  if (aboutLanguage.length === 0) return undefined;
  // (One-word parts are fillers around the choice: "fine,", "ok,", "gut,".)
  const rest = parts.filter((part) => requestedLocale(part) === undefined && part.split(/\s+/).length > 1);
  const question = rest.join(' ');
  return question.split(/\s+/).length >= MIN_QUESTION_WORDS ? question : undefined;
}
