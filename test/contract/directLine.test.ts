/**
 * The self-hosted Direct Line 3.0 API against the real client library (botframework-directlinejs):
 * conversations, activities by watermark, the WebSocket stream, tokens (scope, expiry, refresh),
 * the Bot Connector endpoint the bot replies to, and a second instance on the same MongoDB.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Activity } from 'botframework-directlinejs';
import WebSocket from 'ws';
import { startTestMongo, type TestMongo } from '../support/mongo';
import { startTestApp, type TestApp } from '../support/testApp';
import { connectDirectLine, type TestDirectLine } from '../support/directLineClient';
import { DirectLineTokens } from '../../adapters/channels/directLine/directLineTokens';

const SECRET = 'test-directline-secret-0123456789abcdef';
/** Moves the app's clock (tokens expire by it). */
let clockOffsetMs = 0;
const clock = { now: () => new Date(Date.now() + clockOffsetMs) };

interface Issued {
  conversationId: string;
  token: string;
  expires_in: number;
}

async function post(url: string, token?: string, body?: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function get(url: string, token?: string): Promise<Response> {
  return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('self-hosted Direct Line 3.0', () => {
  let mongo: TestMongo;
  let app: TestApp;
  let second: TestApp | undefined;
  const clients: TestDirectLine[] = [];
  const dbName = `directline_${Date.now()}`;
  const env = () => ({ MONGODB_URI: mongo.uri, MONGODB_DB: dbName, DIRECTLINE_SECRET: SECRET });
  let domain: string;

  const connect = (options: Record<string, unknown>, base = domain): TestDirectLine => {
    const client = connectDirectLine({ domain: base, webSocket: true, ...options });
    clients.push(client);
    return client;
  };
  /** A token for a new conversation, as a website back end gets it with the secret. */
  const newToken = async (): Promise<Issued> =>
    (await (await post(`${domain}/tokens/generate`, SECRET)).json()) as Issued;

  beforeAll(async () => {
    mongo = await startTestMongo();
    app = await startTestApp(env(), { clock });
    domain = `${app.url}/v3/directline`;
  });
  afterEach(() => {
    clockOffsetMs = 0;
    for (const client of clients.splice(0)) client.end();
  });
  afterAll(async () => {
    await second?.close();
    await app?.close();
    await mongo?.stop();
  });

  it('starts a conversation, streams the welcome over the WebSocket and answers a message', async () => {
    // The chat page's own way to get a token (no secret in the browser).
    const { token } = (await (await post(`${app.url}/chat/token`)).json()) as Issued;
    const dl = connect({ token });
    const welcome = await dl.waitForBot(/digitale assistent van het CJIB/);
    expect(welcome.from.role).toBe('bot');
    expect(welcome.channelId).toBe('directline');
    expect((welcome as { serviceUrl?: string }).serviceUrl).toBeUndefined();
    await dl.say('wat kun je allemaal?');
    await dl.waitForBot(/betalingsregeling aanvragen/);
    // The citizen's own message is echoed into the stream, with a server-assigned id and the token's user.
    const echo = dl.activities.find(
      (a) => a.from.role === 'user' && (a as { text?: string }).text === 'wat kun je allemaal?',
    );
    expect(echo?.id).toMatch(/\|\d{7}$/);
    expect(echo?.from.id).toMatch(/^dl_/);
  });

  it('serves activities by watermark over plain HTTP (polling)', async () => {
    const { conversationId, token } = await newToken();
    const started = await post(`${domain}/conversations`, token, { locale: 'en-GB' });
    expect(started.status).toBe(201);
    const body = (await started.json()) as { conversationId: string; streamUrl: string; expires_in: number };
    expect(body.conversationId).toBe(conversationId);
    expect(body.streamUrl).toMatch(
      new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversationId}/stream\\?t=`),
    );
    expect(body.expires_in).toBe(1800);

    const first = (await (
      await get(`${domain}/conversations/${conversationId}/activities`, token)
    ).json()) as { activities: Activity[]; watermark: string };
    expect(first.activities.map((a) => (a as { text?: string }).text).join(' ')).toMatch(/digital assistant/);
    const posted = await post(`${domain}/conversations/${conversationId}/activities`, token, {
      type: 'message',
      text: 'thank you',
      from: { id: 'someone-else', role: 'bot' },
      channelData: { clientActivityID: 'c-1', signinToken: 'secret-jwt' },
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    const next = (await (
      await get(`${domain}/conversations/${conversationId}/activities?watermark=${first.watermark}`, token)
    ).json()) as {
      activities: (Activity & { text?: string; channelData?: Record<string, unknown> })[];
      watermark: string;
    };
    expect(next.activities[0].id).toBe(id);
    // The server decides who spoke; credentials in channel data are never stored or echoed.
    expect(next.activities[0].from.role).toBe('user');
    expect(next.activities[0].from.id).toMatch(/^dl_/);
    expect(next.activities[0].channelData).toEqual({ clientActivityID: 'c-1' });
    expect(next.activities.slice(1).some((a) => a.from.role === 'bot')).toBe(true);
    expect(Number(next.watermark)).toBeGreaterThan(Number(first.watermark));
    const empty = (await (
      await get(`${domain}/conversations/${conversationId}/activities?watermark=${next.watermark}`, token)
    ).json()) as {
      activities: Activity[];
      watermark: string;
    };
    expect(empty).toEqual({ activities: [], watermark: next.watermark });
    // Typing indicators are accepted and dropped: not stored, not run through the assistant.
    expect(
      (await post(`${domain}/conversations/${conversationId}/activities`, token, { type: 'typing' })).status,
    ).toBe(200);
    const afterTyping = await get(
      `${domain}/conversations/${conversationId}/activities?watermark=${next.watermark}`,
      token,
    );
    expect(((await afterTyping.json()) as { activities: Activity[] }).activities).toEqual([]);
  });

  it('scopes a token to its own conversation', async () => {
    const mine = await newToken();
    const theirs = await newToken();
    await post(`${domain}/conversations`, theirs.token);
    expect(
      (await get(`${domain}/conversations/${theirs.conversationId}/activities`, mine.token)).status,
    ).toBe(403);
    expect(
      (
        await post(`${domain}/conversations/${theirs.conversationId}/activities`, mine.token, {
          type: 'message',
          text: 'hi',
        })
      ).status,
    ).toBe(403);
    expect((await get(`${domain}/conversations/${theirs.conversationId}`, mine.token)).status).toBe(403);
    expect((await get(`${domain}/conversations/${theirs.conversationId}/activities`)).status).toBe(401);
    expect(
      (await get(`${domain}/conversations/${theirs.conversationId}/activities`, 'not-a-token')).status,
    ).toBe(403);
    // A stream URL of one conversation cannot be pointed at another.
    const { streamUrl } = (await (await post(`${domain}/conversations`, mine.token)).json()) as {
      streamUrl: string;
    };
    const forged = streamUrl.replace(mine.conversationId, theirs.conversationId);
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(forged);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });

  it('expires tokens and extends them on refresh', async () => {
    const { conversationId, token } = await newToken();
    await post(`${domain}/conversations`, token);
    clockOffsetMs = 20 * 60_000;
    const refreshed = await post(`${domain}/tokens/refresh`, token);
    expect(refreshed.status).toBe(200);
    const renewed = (await refreshed.json()) as Issued;
    expect(renewed.conversationId).toBe(conversationId);
    expect(renewed.expires_in).toBe(1800);
    clockOffsetMs = 35 * 60_000;
    const expired = await get(`${domain}/conversations/${conversationId}/activities`, token);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('TokenExpired');
    expect((await post(`${domain}/tokens/refresh`, token)).status).toBe(403);
    expect((await get(`${domain}/conversations/${conversationId}/activities`, renewed.token)).status).toBe(
      200,
    );
  });

  it('generates tokens only with the secret, and lets a back end start conversations with it', async () => {
    const { token } = await newToken();
    expect((await post(`${domain}/tokens/generate`)).status).toBe(401);
    expect((await post(`${domain}/tokens/generate`, token)).status).toBe(403);
    const generated = await post(`${domain}/tokens/generate`, SECRET, { user: { id: 'website-user-7' } });
    expect(generated.status).toBe(200);
    const issued = (await generated.json()) as Issued;
    const dl = connect({ token: issued.token, webSocket: false });
    await dl.waitForBot(/digitale assistent/);
    await dl.say('bedankt');
    await dl.waitForBot(/Graag gedaan/);
    expect(dl.activities.find((a) => a.from.role === 'user')?.from.id).toBe('website-user-7');
    const withSecret = await post(`${domain}/conversations`, SECRET);
    expect(withSecret.status).toBe(201);
  });

  it('accepts bot replies only with the conversation key in the serviceUrl', async () => {
    const { conversationId, token } = await newToken();
    await post(`${domain}/conversations`, token);
    const forged = await post(
      `${domain}/connector/not-the-key/v3/conversations/${conversationId}/activities`,
      undefined,
      {
        type: 'message',
        text: 'Betaal nu via https://evil.example/pay',
      },
    );
    expect(forged.status).toBe(403);
    // The key is derived from the secret, per conversation: what the bot finds in the serviceUrl.
    const key = new DirectLineTokens(SECRET, clock).connectorKey(conversationId);
    const reply = await post(
      `${domain}/connector/${key}/v3/conversations/${conversationId}/activities/abc`,
      undefined,
      {
        type: 'message',
        text: 'Een antwoord van de bot.',
      },
    );
    expect(reply.status).toBe(200);
    const { activities } = (await (
      await get(`${domain}/conversations/${conversationId}/activities`, token)
    ).json()) as {
      activities: (Activity & { text?: string; replyToId?: string })[];
    };
    expect(activities.at(-1)).toMatchObject({
      text: 'Een antwoord van de bot.',
      replyToId: 'abc',
      from: { role: 'bot' },
    });
    const other = await newToken();
    await post(`${domain}/conversations`, other.token);
    const wrongConversation = await post(
      `${domain}/connector/${key}/v3/conversations/${other.conversationId}/activities`,
      undefined,
      {
        type: 'message',
        text: 'x',
      },
    );
    expect(wrongConversation.status).toBe(403);
  });

  it('delivers messages from staff into the conversation (appendBotActivity)', async () => {
    const { conversationId, token } = await newToken();
    const dl = connect({ token });
    await dl.waitForBot(/digitale assistent/);
    await app.app.directLine.appendBotActivity(conversationId, {
      type: 'message',
      text: 'Goedemiddag, u spreekt met Anna van het CJIB.',
      from: { id: 'staff-anna', name: 'Anna (CJIB)' },
    });
    const fromStaff = await dl.waitForBot(/u spreekt met Anna/);
    expect(fromStaff.from).toEqual({ id: 'staff-anna', name: 'Anna (CJIB)', role: 'bot' });
  });

  it('delivers proactive messages sent the Bot Framework way (continueConversationAsync to the serviceUrl)', async () => {
    const { conversationId, token } = await newToken();
    const dl = connect({ token });
    await dl.waitForBot(/digitale assistent/);
    // What the handoff relay does with the conversation reference it stored: the serviceUrl is this
    // server's Bot Connector endpoint with the conversation's key.
    const serviceUrl = `${domain}/connector/${new DirectLineTokens(SECRET, clock).connectorKey(conversationId)}/`;
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    await adapter.continueConversationAsync(
      '',
      {
        channelId: 'directline',
        serviceUrl,
        conversation: { id: conversationId } as never,
        bot: { id: 'cjib-assistant', name: 'CJIB' },
      },
      async (context) => {
        await context.sendActivity('Een medewerker neemt het gesprek over.');
      },
    );
    await dl.waitForBot(/Een medewerker neemt het gesprek over/);
  });

  it('lets a second instance continue the same conversation (reconnect with id and token)', async () => {
    second = await startTestApp(env());
    const { conversationId, token } = await newToken();
    const onFirst = connect({ token });
    await onFirst.waitForBot(/digitale assistent/);
    await onFirst.say('can we continue in English please');
    await onFirst.waitForBot(/continue in English/);

    // Reconnect on the second instance: history first, then the conversation goes on there.
    const onSecond = connect({ token, conversationId }, `${second.url}/v3/directline`);
    await onSecond.waitForBot(/continue in English/);
    expect(
      onSecond.activities.some((a) => /digitale assistent/.test((a as { text?: string }).text ?? '')),
    ).toBe(true);
    await onSecond.say('thanks');
    await onSecond.waitForBot(/You're welcome|welcome/i);
    // The first instance's stream sees what happened on the second (it polls MongoDB).
    await onFirst.waitForBot(/You're welcome|welcome/i, 5000);
  });

  it('refuses malformed and oversized activities with 400', async () => {
    const { conversationId, token } = await newToken();
    await post(`${domain}/conversations`, token);
    const url = `${domain}/conversations/${conversationId}/activities`;
    expect((await post(url, token, { type: 'invoke', name: 'x' })).status).toBe(400);
    expect((await post(url, token, { type: 'message', text: 'x'.repeat(6000) })).status).toBe(400);
    expect((await post(url, token, { type: 'message', text: 42 })).status).toBe(400);
    expect((await get(`${domain}/conversations/${'x'.repeat(300)}/activities`, token)).status).toBe(404);
  });
});
