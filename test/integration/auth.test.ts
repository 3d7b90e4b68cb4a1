import { generateKeyPairSync, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AuthenticationConstants } from 'botframework-connector';
// The hook botbuilder offers for signing keys: its cache of OpenID metadata per metadata URL.
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import type { Recognizer } from '../../domain/ports/recognizer';

const APP_ID = 'a7c1f9e2-cjib-test-app';
const SERVICE_URL = 'http://127.0.0.1:1/';
const KID = 'local-test-key';

const stubRecognizer: Recognizer = {
  recognize: async (text) => ({
    text,
    intent: 'greeting',
    score: 1,
    ranked: [{ intent: 'greeting', score: 1 }],
    entities: {},
  }),
};

function keyPair() {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}
const trusted = keyPair();
const stranger = keyPair();

function token(
  claims: Record<string, unknown> = {},
  options: { key?: string; expiresIn?: number; kid?: string } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    {
      iss: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      aud: APP_ID,
      serviceurl: SERVICE_URL,
      iat: now,
      nbf: now,
      exp: now + (options.expiresIn ?? 600),
      ...claims,
    },
    options.key ?? trusted.privateKey,
    { algorithm: 'RS256', keyid: options.kid ?? KID },
  );
}

function activity(): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    id: randomUUID(),
    channelId: 'webchat',
    serviceUrl: SERVICE_URL,
    conversation: { id: `conv-${randomUUID()}` },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    membersAdded: [{ id: 'user-1' }],
    locale: 'en-GB',
    deliveryMode: 'expectReplies',
  };
}

async function post(
  url: string,
  authorization?: string,
  body: Record<string, unknown> = activity(),
): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
}

async function startApp(env: Record<string, string>): Promise<{ app: App; url: string }> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', STORAGE: 'memory', ...env });
  const app = await createApp(config, { recognizer: stubRecognizer });
  return { app, url: await app.listen() };
}

describe('Bot Framework authentication on /api/messages', () => {
  let app: App;
  let url: string;
  const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, unknown> })
    .openIdMetadataCache;

  beforeAll(async () => {
    // The channel's signing keys are served by our own key instead of login.botframework.com.
    cache.set(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, {
      getKey: async (kid: string) => (kid === KID ? { key: trusted.publicKey, endorsements: [] } : null),
    });
    // botbuilder prints refused tokens with console.error; keep the test output readable.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    ({ app, url } = await startApp({
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: 'not-used-with-expect-replies',
    }));
  });

  afterAll(async () => {
    await app.close();
    cache.delete(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl);
    jest.restoreAllMocks();
  });

  it('accepts a token signed by the channel key for this app, and answers', async () => {
    const response = await post(url, `Bearer ${token()}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { text?: string }[] };
    expect(body.activities.length).toBeGreaterThan(0);
  });

  const refused: [string, () => string | undefined][] = [
    ['no Authorization header', () => undefined],
    [
      'an unsigned token (alg none)',
      () =>
        `Bearer ${jwt.sign({ iss: AuthenticationConstants.ToBotFromChannelTokenIssuer, aud: APP_ID, serviceurl: SERVICE_URL }, '', { algorithm: 'none' })}`,
    ],
    [
      'a token signed by another key under the trusted key id',
      () => `Bearer ${token({}, { key: stranger.privateKey })}`,
    ],
    ['an unknown key id', () => `Bearer ${token({}, { kid: 'other' })}`],
    [
      'an expired token',
      () => `Bearer ${token({ iat: 1, nbf: 1, exp: Math.floor(Date.now() / 1000) - 3600 })}`,
    ],
    ['a token for another app (wrong audience)', () => `Bearer ${token({ aud: 'some-other-app' })}`],
    ['a token from another issuer', () => `Bearer ${token({ iss: 'https://evil.example' })}`],
    ['a token for another service URL', () => `Bearer ${token({ serviceurl: 'https://evil.example/' })}`],
    ['garbage', () => 'Bearer not.a.jwt'],
    ['another scheme', () => `Basic ${Buffer.from('a:b').toString('base64')}`],
  ];

  it.each(refused)('refuses %s with 401 and no details', async (_name, header) => {
    const response = await post(url, header());
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).not.toMatch(/jwt|expired|audience|issuer|stack|at \w+ \(/i);
  });
});

describe('without MICROSOFT_APP_ID', () => {
  it('accepts unauthenticated traffic (local use; the proxy keeps /api/messages private, see deploy/)', async () => {
    const { app, url } = await startApp({});
    try {
      expect((await post(url)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
