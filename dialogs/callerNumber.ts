import type { TurnContext } from 'botbuilder';
import { refersToOwnNumber } from '../domain/language/ownNumberReference';
import { extractPhone } from '../domain/language/phoneEntity';

/** Channels whose sender id is the citizen's own phone number (E.164): the call or the text message. */
const NUMBER_CHANNELS = new Set(['telephony', 'sms']);

/**
 * The number a caller is calling (or texting) from: the telephony and SMS channels send it as the
 * sender's id (E.164, "+31612345678"); a withheld number gives none. Never logged.
 */
export function callerNumber(context: TurnContext): string | undefined {
  const { channelId, from } = context.activity;
  if (!NUMBER_CHANNELS.has(channelId)) return undefined;
  const id = (from?.id ?? '').replace(/^\d+:/, '');
  return /^\+\d{8,15}$/.test(id) ? extractPhone(id) : undefined;
}

/** The phone number an answer gives: typed or said, or "dit nummer" on the phone (when it is known). */
export function phoneOfAnswer(context: TurnContext, answer: string): string | undefined {
  return extractPhone(answer) ?? (refersToOwnNumber(answer) ? callerNumber(context) : undefined);
}

const UNSEEN_KEYS = {
  arrangement: {
    phone: 'arrangement:contact.ownNumberUnseen',
    chat: 'arrangement:contact.ownNumberUnseenChat',
  },
  callback: {
    phone: 'handoff:callback.ownNumberUnseen',
    chat: 'handoff:callback.ownNumberUnseenChat',
    // "Bel dit nummer maar" by SMS when the sender's number does not come through: said so, and how to give it.
    sms: 'handoff:callback.ownNumberUnseenSms',
  },
} as const;

/**
 * "Dit nummer" when that number cannot be known (a withheld caller id, a web chat): the text that
 * says so and asks for a number, by channel. Undefined when the answer gives or means a known number.
 */
export function unseenOwnNumberKey(
  context: TurnContext,
  answer: string,
  flow: keyof typeof UNSEEN_KEYS,
): string | undefined {
  if (extractPhone(answer) || !refersToOwnNumber(answer) || callerNumber(context)) return undefined;
  const keys: { phone: string; chat: string; sms?: string } = UNSEEN_KEYS[flow];
  const channel = context.activity.channelId;
  if (channel === 'sms' && keys.sms) return keys.sms;
  return keys[channel === 'telephony' ? 'phone' : 'chat'];
}
