/**
 * The answer to "what is your CJIB number?": the whole number however it was grouped, spoken or
 * typed, or a part of it whose rest may follow in the next message ("9698 9486", then "1458 0658").
 * Pure: what the dialog keeps between messages is passed in and handed back.
 */
import { CJIB_NUMBER_LENGTH, normaliseCjibNumber } from '../cjibNumber';
import { cjibNumberWithLookalikes } from '../claims/lookalikeDigits';
import type { Recognition } from '../ports/recognizer';
import { digitsOnly } from './answerInParts';
import { digitsReadInPairs } from './numberInPairs';
import { foldDiacritics } from './normalizeText';
import type { Postcode } from './postcodeEntity';

/**
 * Asked for the CJIB number, exactly 16 digits in the answer are that number, however they were
 * grouped: "9698, 9486, 1458, 0658" (a speech-to-text comma between spoken groups) included.
 */
export function sixteenDigitsAsked(recognition: Recognition): string | undefined {
  const digits = recognition.entities.digits ?? '';
  if (digits.length === CJIB_NUMBER_LENGTH) return digits;
  // "zesennegentig achtennegentig …": read out in pairs on the phone.
  const pairs = digitsReadInPairs(recognition.text);
  if (pairs.length === CJIB_NUMBER_LENGTH) return pairs;
  // "96989486I458O658": the letters O and I typed for 0 and 1.
  return cjibNumberWithLookalikes(recognition.text);
}

/** Words that make five digits a postcode: "postcode", "Postleitzahl", "PLZ", "zip", "kod pocztowy". */
const POSTCODE_WORD = /\b(post|plz|zip|kod)/;

/**
 * The postcode in an answer to the number question. Five digits alone ("nul negen zes negen acht",
 * "09698") are a part of the number asked, not a foreign postcode: only with a word for postcode (or a
 * country, which is no digit) are they one.
 */
export function postcodeAtNumberQuestion(recognition: Recognition): Postcode | undefined {
  const { postcode } = recognition.entities;
  if (postcode?.country !== 'foreign' || !/^\d{5}$/.test(postcode.value)) return postcode;
  const alone =
    digitsOnly(recognition.text) !== undefined && !POSTCODE_WORD.test(foldDiacritics(recognition.text));
  return alone ? undefined : postcode;
}

/** Digits in one message from which it is the whole number tried again, never the rest of an earlier part. */
const RETYPED_DIGITS = CJIB_NUMBER_LENGTH - 3;

export interface CjibNumberAnswer {
  /** The whole number, given now or completed by this message. */
  number?: string;
  /** The digits so far while they can still become the 16 of the number; undefined starts over. */
  partialDigits?: string;
  /** The message was digits only ("9698", "negen zes negen"): a part of the number, however short. */
  isPart: boolean;
  /** How many digits were heard, for a retry that says so (the total when it went past 16). */
  count: number;
}

/**
 * Reads one answer, given the digits kept from the messages before it. A message with a postcode in
 * it is never a part of the number. `typed` is the answer as the prompt recognised it.
 */
export function readCjibNumberAnswer(
  recognition: Recognition,
  typed: string,
  partialDigits: string | undefined,
): CjibNumberAnswer {
  const { digits = '' } = recognition.entities;
  const postcode = postcodeAtNumberQuestion(recognition);
  const part = postcode ? undefined : digitsOnly(recognition.text);
  // "9698 9486", then "1458 0658": a number sent in two (or more) messages. A message with about a
  // whole number in it is the number typed again ("969894861458065", then all 16 with a typo), not its rest.
  const retyped =
    digits.length >= RETYPED_DIGITS && (partialDigits?.length ?? 0) + digits.length > CJIB_NUMBER_LENGTH;
  const joined = partialDigits && digits && !postcode && !retyped ? partialDigits + digits : '';
  const number =
    recognition.entities.cjibNumber ??
    normaliseCjibNumber(typed) ??
    sixteenDigitsAsked(recognition) ??
    (joined.length === CJIB_NUMBER_LENGTH ? joined : undefined);
  // The digits so far, while they can still become the 16 of the number; a wrong total starts over.
  const keeps = !postcode && (digits.length >= 4 || part !== undefined);
  const sofar = !keeps ? undefined : joined || digits;
  const tooMany = sofar !== undefined && sofar.length > CJIB_NUMBER_LENGTH;
  return {
    number,
    partialDigits: sofar && !tooMany ? sofar : undefined,
    isPart: part !== undefined,
    count: tooMany ? sofar.length : digits.length,
  };
}
