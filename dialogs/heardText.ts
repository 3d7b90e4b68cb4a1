import type { TurnContext } from 'botbuilder';

/**
 * The caller's words as the speech recogniser wrote them, before the phone's input normalisation
 * glued spoken digits into numbers ("is een acht" became "is 18"). Set by the channel layer on a
 * speech turn; a rule that reads single digits in a sentence reads these.
 */
export const HEARD_TEXT = Symbol.for('cjib.heardText');

/** The words as heard on the phone, else the message text. */
export function heardText(context: TurnContext): string {
  return (context.turnState.get(HEARD_TEXT) as string | undefined) ?? context.activity.text ?? '';
}
