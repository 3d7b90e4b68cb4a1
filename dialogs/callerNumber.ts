import type { TurnContext } from 'botbuilder';
import { refersToOwnNumber } from '../domain/language/ownNumberReference';
import { extractPhone } from '../domain/language/phoneEntity';

/**
 * The number a caller is calling from: the telephony channel sends it as the caller's id (E.164,
 * "+31612345678"); a withheld number gives none. Never logged.
 */
export function callerNumber(context: TurnContext): string | undefined {
  const { channelId, from } = context.activity;
  if (channelId !== 'telephony') return undefined;
  const id = (from?.id ?? '').replace(/^\d+:/, '');
  return /^\+\d{8,15}$/.test(id) ? extractPhone(id) : undefined;
}

/** The phone number an answer gives: typed or said, or "dit nummer" on the phone (when it is known). */
export function phoneOfAnswer(context: TurnContext, answer: string): string | undefined {
  return extractPhone(answer) ?? (refersToOwnNumber(answer) ? callerNumber(context) : undefined);
}
