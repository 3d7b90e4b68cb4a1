/**
 * What each channel can show. One table, so the renderer and the turn pipeline agree on it.
 * Unknown channels get plain text: it works everywhere.
 */

/** Adaptive Cards and suggested actions work here. */
const RICH = new Set(['webchat', 'directline', 'msteams', 'emulator', 'test']);

/**
 * Messaging apps the citizen installed for other reasons. Fraudsters imitate the CJIB on exactly
 * these, so the assistant never pushes a payment link there and warns once about fake messages.
 */
const MESSAGING = new Set([
  'sms',
  'whatsapp',
  'telegram',
  'facebook',
  'line',
  'kik',
  'groupme',
  'twilio-sms',
  'twilio-whatsapp',
  'infobip-whatsapp',
  'infobip-sms',
  'viber',
  'signal',
  'instagram',
  'messenger',
]);

/** Voice channels: everything is spoken, nothing is shown. */
const SPEECH = new Set(['telephony', 'alexa', 'directlinespeech']);

export type ChannelKind = 'rich' | 'plain' | 'speech';

export function channelKind(channelId: string | undefined, speech = false): ChannelKind {
  const id = (channelId ?? '').toLowerCase();
  if (speech || SPEECH.has(id)) return 'speech';
  return RICH.has(id) ? 'rich' : 'plain';
}

export function isMessagingChannel(channelId: string | undefined): boolean {
  return MESSAGING.has((channelId ?? '').toLowerCase());
}

export function isSpeechChannel(channelId: string | undefined): boolean {
  return SPEECH.has((channelId ?? '').toLowerCase());
}
