import type { ReplyChoice } from '../../domain/ports/replyRenderer';

/**
 * The choices a rendered activity offers, attached under a symbol: it travels with the activity
 * through the bot's send pipeline (object spread copies symbol keys) but is never serialised to a
 * channel. The turn pipeline reads it to remember what "2" means on channels without buttons.
 */
export const OFFERED_CHOICES = Symbol.for('cjib.offeredChoices');

export function attachOfferedChoices<T extends object>(
  activity: T,
  choices: readonly ReplyChoice[] | undefined,
): T {
  if (choices?.length) {
    Object.defineProperty(activity, OFFERED_CHOICES, {
      value: choices.map((c) => ({ ...c })),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return activity;
}

export function offeredChoicesOf(activity: object): ReplyChoice[] | undefined {
  const choices = (activity as { [OFFERED_CHOICES]?: ReplyChoice[] })[OFFERED_CHOICES];
  return Array.isArray(choices) && choices.length ? choices : undefined;
}
