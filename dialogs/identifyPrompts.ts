/**
 * What the questions of IdentifyDebtorDialog share: their dialog ids, the answers a validator hands
 * the waterfall besides the number or postcode itself, and what each prompt keeps between attempts.
 */

export const STEPS = 'identifyDebtor.steps';
export const NUMBER_PROMPT = 'identifyDebtor.number';
export const CHECK_PROMPT = 'identifyDebtor.check';
export const POSTCODE_PROMPT = 'identifyDebtor.postcode';

/** Unreadable answers to one question before a person is offered instead. */
export const MAX_TRIES = 4;
export const GIVE_UP = '\u0000give-up';
export const CONFIRMED = '\u0000confirmed';
/** At the postcode question: this message gives another CJIB number, or says the number was wrong. */
export const NEW_NUMBER = '\u0000new-number';
export const WRONG_NUMBER = '\u0000wrong-number';
/** At the postcode question: the citizen does not know it, after hearing which one it is. */
export const POSTCODE_UNKNOWN = '\u0000postcode-unknown';
/** At the number question: the citizen has neither the letter nor the number (the ways without them follow). */
export const NO_LETTER = '\u0000no-letter';

/** A postcode given before the number, handed from the number prompt to the step after it. */
export const POSTCODE_GIVEN_FIRST = Symbol('identifyDebtor.postcodeGivenFirst');

/** What the number prompt remembers between attempts. */
export interface NumberPromptState {
  /** Digits of an answer too short to be the number: the rest may follow in the next message. */
  partialDigits?: string;
  /** A postcode given instead of the number. */
  postcode?: string;
  /** Answers that were parts of the number: not counted as failed tries. */
  parts?: number;
}

/** What the postcode prompt remembers between attempts. */
export interface PostcodePromptState {
  /** "8911" without its letters: kept while the letters (or the country) are asked. */
  digits?: string;
  /** Which postcode is meant was explained after a "don't know": a second one ends the questions. */
  unknownTold?: boolean;
  /** The postcode of the address the letter went to (an agency's, an old one) was explained. */
  elsewhereTold?: boolean;
}
