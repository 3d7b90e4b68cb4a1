import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * Thousands of malformed and hostile requests against the whole assistant (embedded MongoDB):
 * the server must stay up, refuse what is malformed with 4xx, never answer 5xx, never show a stack
 * trace or a file path, never let an object reach a query as an operator, and still serve a
 * normal citizen afterwards.
 */

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20261123);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const OPERATORS = [
  { $ne: null },
  { $gt: '' },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  { $in: [1, 2] },
  { $exists: true },
  { $expr: { $eq: [1, 1] } },
];
const WEIRD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  [],
  [[]],
  {},
  '',
  ' ',
  'x'.repeat(300),
  ...OPERATORS,
  { __proto__: { polluted: 1 } },
  '__proto__',
  '$ne',
  'a.b.$c',
];
const UNICODE = [
  '\u0000\u0001\u0002',
  '\ud800', // lone high surrogate
  '\udfff x \ud83d',
  '\u202e‮gnp.exe',
  'a\u200b\u200c\u200d\ufeffb',
  'e\u0301'.repeat(500),
  '👨‍👩‍👧‍👦'.repeat(200),
  'ﷺ'.repeat(100),
  '𝕳𝖊𝖑𝖑𝖔 𝖜𝖔𝖗𝖑𝖉',
  'İıŞşĞğ ß ﬃ',
  '\r\n\t\v\f',
  '%s%s%n %x {{constructor.constructor("return process")()}} ${process.exit()}',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  "'; db.dropDatabase(); //",
  '{"$ne": null}',
  '../../../../etc/passwd',
];

function baseActivity(conversationId: string): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:1/',
    conversation: { id: conversationId },
    from: { id: 'fuzz-user' },
    recipient: { id: 'bot' },
    locale: 'nl-NL',
    text: 'hallo',
    deliveryMode: 'expectReplies',
  };
}

const FIELDS = [
  'type',
  'channelId',
  'serviceUrl',
  'conversation',
  'from',
  'recipient',
  'text',
  'locale',
  'id',
  'replyToId',
  'deliveryMode',
  'membersAdded',
  'attachments',
  'entities',
  'channelData',
  'value',
  'name',
];

interface Case {
  body: string;
  contentType: string;
  /** True when the request is malformed and must be refused with 4xx. */
  malformed: boolean;
}

function malformedCase(conversations: string[]): Case {
  const kind = Math.floor(random() * 7);
  const activity = baseActivity(pick(conversations));
  switch (kind) {
    case 0: {
      // A field of the wrong type, or an operator object where a string belongs.
      const field = pick([
        'type',
        'channelId',
        'serviceUrl',
        'conversation',
        'from',
        'text',
        'locale',
        'deliveryMode',
        'id',
      ]);
      let value = pick(WEIRD_VALUES);
      // A string is a legal value for the free-text fields; there the hostile variant is an object.
      if ((typeof value === 'string' || value === null) && ['text', 'locale', 'id'].includes(field))
        value = { $ne: value };
      if (field === 'channelId' && typeof value === 'string' && value.length > 0 && value.length <= 64)
        value = pick(['$ne', '__proto__', ' ', 'a/b', 'web chat']);
      if (field === 'conversation' || field === 'from')
        activity[field] = pick([{ id: pick(OPERATORS) }, { id: 42 }, 'abc', null, { id: '' }]);
      else activity[field] = value;
      return { body: JSON.stringify(activity), contentType: 'application/json', malformed: true };
    }
    case 1: {
      // Required fields missing.
      for (const field of ['type', 'channelId', 'serviceUrl', 'conversation', 'from'])
        if (random() < 0.5) delete activity[field];
      if (['type', 'channelId', 'serviceUrl', 'conversation', 'from'].every((f) => f in activity))
        delete activity.conversation;
      return { body: JSON.stringify(activity), contentType: 'application/json', malformed: true };
    }
    case 2: {
      // Text over the message limit (5,000 characters) but under the body limit.
      activity.text = pick(UNICODE).repeat(1) + 'x'.repeat(5001 + Math.floor(random() * 100_000));
      return { body: JSON.stringify(activity), contentType: 'application/json', malformed: true };
    }
    case 3: {
      // Not JSON, truncated JSON, or JSON that is not an object.
      const json = JSON.stringify(activity);
      const body = pick([
        json.slice(0, Math.floor(random() * json.length)),
        '[]',
        '"text"',
        '42',
        'null',
        '{',
        '\u0000\u00ff',
        '{"a":}',
        '['.repeat(5000),
        '{"a":'.repeat(3000),
      ]);
      return { body, contentType: 'application/json', malformed: true };
    }
    case 4: {
      // Wrong content types.
      return {
        body: pick(['type=message&text=hi', '<activity/>', JSON.stringify(activity)]),
        contentType: pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'multipart/form-data; boundary=x',
        ]),
        malformed: true,
      };
    }
    case 5: {
      // Arrays where short arrays are allowed, made long or of the wrong type.
      const field = pick(['attachments', 'entities', 'membersAdded']);
      activity[field] = pick(['x', { a: 1 }, Array.from({ length: 50 }, () => ({ id: pick(OPERATORS) }))]);
      return { body: JSON.stringify(activity), contentType: 'application/json', malformed: true };
    }
    default: {
      // An unknown activity type or deliveryMode.
      activity[pick(['type', 'deliveryMode'])] = pick([
        '$where',
        'mesage',
        'MESSAGE',
        '__proto__',
        'constructor',
      ]);
      return { body: JSON.stringify(activity), contentType: 'application/json', malformed: true };
    }
  }
}

/** Well-formed activities with hostile content: they are processed (200) and must do no harm. */
function hostileCase(conversations: string[]): Case {
  const activity = baseActivity(pick(conversations));
  activity.text = pick([...UNICODE, pick(UNICODE) + ' mijn nummer is 9698948614580658', '']);
  if (random() < 0.3)
    activity.channelData = pick([
      { $where: 'x' },
      { 'a.b': 1 },
      { __proto__: { admin: true } },
      { signinToken: { $ne: null } },
    ]);
  if (random() < 0.3) activity.value = pick(OPERATORS);
  if (random() < 0.2)
    activity.type = pick(['event', 'invoke', 'conversationUpdate', 'typing', 'endOfConversation']);
  if (random() < 0.1) activity.name = pick(['handoff.initiate', '$ne', 'webchat/join']);
  const extra = pick(
    FIELDS.filter(
      (f) => !['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'text', 'deliveryMode'].includes(f),
    ),
  );
  if (random() < 0.2 && extra === 'replyToId') activity.replyToId = pick(['$ne', '{"$gt":""}']);
  const raw = JSON.stringify(activity).replace(
    '"fuzz-user"',
    random() < 0.2 ? '"fuzz-user","__proto__":{"polluted":true}' : '"fuzz-user"',
  );
  return { body: raw, contentType: 'application/json', malformed: false };
}

const LEAKS =
  /(\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|\.js:\d+|TypeError|ReferenceError|MongoServerError|stack)/;

describe('fuzz: malformed and hostile activities', () => {
  let app: TestApp;
  const conversations = Array.from({ length: 8 }, () => `fuzz-${randomUUID()}`);

  beforeAll(async () => {
    app = await startTestApp({
      // Limits high enough that the fuzz reaches the dialogs; the limits have their own tests.
      RATE_LIMIT_CONVERSATION_BURST: '100000',
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '1000000',
      RATE_LIMIT_IP_PER_MINUTE: '0',
    });
  });
  afterAll(async () => app?.close());

  it('stays up, refuses malformed input with 4xx, never 5xx, leaks nothing', async () => {
    const total = 3000;
    const cases: Case[] = Array.from({ length: total }, () =>
      random() < 0.85 ? malformedCase(conversations) : hostileCase(conversations),
    );
    const problems: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < cases.length) {
        const c = cases[next++];
        const response = await fetch(`${app.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': c.contentType },
          body: c.body,
        });
        const text = await response.text();
        if (response.status >= 500)
          problems.push(`${response.status} for ${c.body.slice(0, 120)}: ${text.slice(0, 200)}`);
        else if (c.malformed && (response.status < 400 || response.status >= 500))
          problems.push(`${response.status} for malformed ${c.body.slice(0, 120)}`);
        if (LEAKS.test(text)) problems.push(`leak for ${c.body.slice(0, 80)}: ${text.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(problems.slice(0, 10)).toEqual([]);

    // Nothing was polluted, the process still serves probes and a normal citizen.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const citizen = app.conversation();
    expect((await citizen.start()).length).toBeGreaterThan(0);
    expect((await citizen.say('hallo')).length).toBeGreaterThan(0);
  }, 120_000);

  it('refuses a body over the size limit with 413', async () => {
    const huge = JSON.stringify({ ...baseActivity(conversations[0]), text: 'x'.repeat(300 * 1024) });
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(LEAKS);
  });

  it('stores no operator: state documents of hostile conversations are plain strings and ids', async () => {
    const db = app.app.mongo!.db;
    const docs = await db.collection('botState').find({}).limit(50).toArray();
    for (const doc of docs) {
      expect(typeof doc._id).toBe('string');
      expect(typeof doc.json).toBe('string');
    }
  });
});
