import type { ActivityJson } from './directLineStore';

/** The assistant as a conversation member. */
export const BOT_ACCOUNT = { id: 'cjib-assistant', name: 'CJIB', role: 'bot' } as const;

/** What a client may set on an activity it posts; everything else (ids, from, serviceUrl …) is the server's. */
const CLIENT_FIELDS = [
  'type',
  'text',
  'textFormat',
  'locale',
  'value',
  'name',
  'channelData',
  'entities',
  'attachments',
  'localTimestamp',
  'localTimezone',
];
/** What the bot (or a member of staff) may send to a client. */
const BOT_FIELDS = [
  'type',
  'text',
  'textFormat',
  'speak',
  'inputHint',
  'locale',
  'attachments',
  'attachmentLayout',
  'suggestedActions',
  'entities',
  'channelData',
  'value',
  'name',
  'replyToId',
  'summary',
  'importance',
  'code',
  'label',
  'valueType',
];
/** Types a client may post; `typing` is accepted and dropped. */
export const CLIENT_TYPES = new Set(['message', 'event', 'typing']);
/** Channel data that is a credential: passed to the bot, never stored or echoed. */
const SECRET_CHANNEL_DATA = ['signinToken'];

function pick(source: ActivityJson, fields: readonly string[]): ActivityJson {
  const out: ActivityJson = {};
  for (const field of fields)
    if (source[field] !== undefined && source[field] !== null) out[field] = source[field];
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function withoutSecrets(channelData: unknown): unknown {
  if (!isObject(channelData)) return channelData;
  const copy = { ...channelData };
  for (const key of SECRET_CHANNEL_DATA) delete copy[key];
  return copy;
}

export interface ConversationAddress {
  conversationId: string;
  channelId: string;
  userId: string;
}

/** The client's activity as the bot receives it: the server decides who sent it, where, and when. */
export function activityForBot(
  posted: ActivityJson,
  address: ConversationAddress,
  id: string,
  serviceUrl: string,
  now: Date,
): ActivityJson {
  const from = isObject(posted.from) ? posted.from : {};
  return {
    ...pick(posted, CLIENT_FIELDS),
    id,
    channelId: address.channelId,
    serviceUrl,
    timestamp: now.toISOString(),
    conversation: { id: address.conversationId },
    from: {
      id: address.userId,
      ...(typeof from.name === 'string' ? { name: from.name.slice(0, 100) } : {}),
      role: 'user',
    },
    recipient: { ...BOT_ACCOUNT },
  };
}

/** The client's activity as stored and echoed back (Web Chat waits for its own message to come back). */
export function echoForClient(forBot: ActivityJson): ActivityJson {
  const { serviceUrl: _serviceUrl, ...rest } = forBot;
  return {
    ...rest,
    ...(rest.channelData !== undefined ? { channelData: withoutSecrets(rest.channelData) } : {}),
  };
}

/** An activity from the bot (or staff) as stored and delivered to the client. */
export function botActivityForClient(
  sent: ActivityJson,
  address: ConversationAddress,
  id: string,
  now: Date,
): ActivityJson {
  const from = isObject(sent.from) && typeof sent.from.id === 'string' ? sent.from : BOT_ACCOUNT;
  return {
    type: 'message',
    ...pick(sent, BOT_FIELDS),
    id,
    channelId: address.channelId,
    timestamp: now.toISOString(),
    conversation: { id: address.conversationId },
    from: {
      id: String(from.id).slice(0, 256),
      ...(typeof from.name === 'string' ? { name: from.name.slice(0, 100) } : {}),
      role: 'bot',
    },
    recipient: { id: address.userId, role: 'user' },
  };
}
