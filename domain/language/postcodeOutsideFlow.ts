/**
 * A postcode given outside a flow ("mijn postcode is 8911 AB", "ich wohne in 47533 Kleve"): kept for
 * the lookup so it is not asked again, and, said on its own, the question what the citizen wants.
 */
import { isQuestion } from '../knowledge/questionForm';
import type { Recognition } from '../ports/recognizer';
import type { IntentId } from './intents';
import { SMALL_TALK } from './smallTalkIntents';

/**
 * Words that say a number is where one lives: "postcode", "ich wohne in", "I live at", "adres".
 * Whole words on the message as typed; the entity's own cue (postcodeEntity.ts) is a looser prefix
 * test on folded text that decides whether five digits are a postcode at all, so it is not this one.
 */
const POSTCODE_CUE =
  /\b(postcode|postal code|post code|zip|postleitzahl|plz|kod pocztowy|kod|woon\w*|wohne\w*|live|living|mieszkam|adres|address|adresse)\b/i;

/** Words from which a message with a postcode says more than where the citizen lives. */
const POSTCODE_STATEMENT_WORDS = 7;

/** What is read of the message: its words and the entities found in it. */
export type PostcodeMessage = Pick<Recognition, 'text' | 'entities'>;

/**
 * "Ich wohne in 47533 Kleve", "8911 AB": a short statement of the postcode and nothing else asked
 * (the recogniser may hear living abroad in it): what the citizen wants is asked.
 */
export function saysOnlyPostcode(message: PostcodeMessage, intent: IntentId | undefined): boolean {
  if (intent === undefined || SMALL_TALK.has(intent)) return true;
  if (intent === 'fine_status' || intent === 'payment_arrangement' || intent === 'human_agent') return false;
  if (intent === 'cancel' || intent === 'change_language') return false;
  return message.text.trim().split(/\s+/).length <= POSTCODE_STATEMENT_WORDS;
}

/**
 * A postcode given outside a flow, without a CJIB number or a question: a Dutch one, or one said
 * to be a postcode or an address ("ich wohne in 47533 Kleve"; a bare "12345" may be anything).
 * Only with no request or with the lookup or the arrangement, which then use it.
 */
export function givenPostcode(message: PostcodeMessage, intent: IntentId | undefined): string | undefined {
  const { postcode, cjibNumber } = message.entities;
  if (!postcode || cjibNumber || isQuestion(message.text)) return undefined;
  if (postcode.country !== 'NL' && !POSTCODE_CUE.test(message.text)) return undefined;
  const forFlow = intent === 'fine_status' || intent === 'payment_arrangement';
  return forFlow || saysOnlyPostcode(message, intent) ? postcode.value : undefined;
}
