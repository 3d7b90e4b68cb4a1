/**
 * The answer to "which postcode was the letter sent to?": a Dutch postcode typed, spoken or spelled,
 * its four digits first and its letters in the next message, or a foreign one as written on the
 * letter (alone, with its city, or in the whole address line). Pure: the digits kept between
 * messages are passed in.
 */
import { looksLikePostcode, postcodeInAddress } from '../claims/postcodeMatch';
import { isQuestion } from '../knowledge/questionForm';
import type { Recognition } from '../ports/recognizer';
import { postcodeDigitsAlone, postcodeWithLetters, saysAbroad } from './answerInParts';
import { extractSpokenPostcode } from './spokenPostcode';

/**
 * "8911" or "acht negen een een" alone: a Dutch postcode's digits, its letters to follow (a foreign
 * one says its country). The digits to keep, unless they are the ones kept already: the same digits
 * again are taken as they are.
 */
export function postcodeDigitsToKeep(typed: string, keptDigits: string | undefined): string | undefined {
  const alone = postcodeDigitsAlone(typed);
  return alone && alone !== keptDigits && !saysAbroad(typed) ? alone : undefined;
}

/** The postcode in the answer, completing the digits kept from the message before; undefined when there is none. */
export function postcodeFromAnswer(
  recognition: Recognition,
  typed: string,
  keptDigits: string | undefined,
): string | undefined {
  // Then "a b", "AB", "A van Anton, B van Bernard": the whole postcode; "in België": the digits are foreign.
  const completed =
    keptDigits && !postcodeDigitsAlone(typed)
      ? (postcodeWithLetters(keptDigits, typed) ?? (saysAbroad(typed) ? keptDigits : undefined))
      : undefined;
  return (
    completed ??
    recognition.entities.postcode?.value ??
    extractSpokenPostcode(typed)?.value ??
    (looksLikePostcode(typed) ? typed : undefined) ??
    // "Klever Str. 9, 47533 Kleve": the whole address line, the postcode in it (not digits of a question or an amount).
    (isQuestion(typed) || recognition.entities.amountCents !== undefined
      ? undefined
      : postcodeInAddress(typed))
  );
}

/** Words from which a message is more than a postcode with its city or country. */
const POSTCODE_LINE_WORDS = 8;

/** "1000 Brussel", "47533 Kleve, Deutschland": a short statement with a group of 4 or 5 digits, no question or amount. */
export function givesPostcodeWithPlace(recognition: Recognition): boolean {
  const { text } = recognition;
  return (
    /\b\d{4,5}\b/.test(text) &&
    !isQuestion(text) &&
    recognition.entities.amountCents === undefined &&
    text.trim().split(/\s+/).length <= POSTCODE_LINE_WORDS
  );
}
