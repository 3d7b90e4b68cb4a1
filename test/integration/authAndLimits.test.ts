import { startTestApp, type TestApp, textOf } from '../support/testApp';

/** The HTTP hardening around /api/messages: headers, size limits, rate limits, metrics. */
describe('security headers, limits and metrics', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      STORAGE: 'memory',
      RATE_LIMIT_CONVERSATION_BURST: '3',
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '6',
      RATE_LIMIT_IP_BURST: '1000000',
      RATE_LIMIT_IP_PER_MINUTE: '10000000',
      METRICS_TOKEN: 'metrics-token-for-tests',
    });
  });
  afterAll(async () => app?.close());

  it('sets security headers on every answer, pages and errors included', async () => {
    for (const path of ['/healthz', '/', '/no-such-page']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.headers.get('content-security-policy')).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('server')).toBeNull();
    }
    const api = await app
      .conversation()
      .postRaw({ type: 'conversationUpdate', membersAdded: [{ id: 'u', name: 'citizen' }] });
    expect(api.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a message over 5,000 characters with 400 and a body over the limit with 413', async () => {
    const citizen = app.conversation();
    expect((await citizen.postRaw({ type: 'message', text: 'x'.repeat(5001) })).status).toBe(400);
    const huge = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(300 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });

  it('slows down one flooding conversation with a friendly reply in its language, and no other', async () => {
    const flooder = app.conversation({ locale: 'en-GB' });
    const replies: string[] = [];
    for (let i = 0; i < 5; i++) replies.push(textOf(await flooder.say('hello')));
    expect(replies.slice(0, 3).every((r) => !/sending a lot of messages/.test(r))).toBe(true);
    expect(replies[4]).toMatch(
      /You are sending a lot of messages in a short time\. Please wait a moment and try again in \d+ seconds\./,
    );
    const other = app.conversation({ locale: 'de-DE' });
    expect(textOf(await other.say('Hallo'))).not.toMatch(/Nachrichten kurz hintereinander/);
  });

  it('serves Prometheus metrics only with the token', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(
      401,
    );
    const response = await fetch(`${app.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-for-tests' },
    });
    expect(response.status).toBe(200);
    const body = await response.text();
    for (const name of [
      'cjib_turns_total',
      'cjib_turn_duration_seconds_bucket',
      'cjib_intents_total',
      'cjib_fallbacks_total',
      'cjib_handoffs_total',
      'cjib_conversation_outcomes_total',
      'cjib_csat_score',
      'cjib_rate_limited_total',
      'process_resident_memory_bytes',
    ]) {
      expect(body).toContain(name);
    }
    expect(body).toMatch(/cjib_rate_limited_total\{scope="conversation"\} [1-9]/);
    expect(body).toMatch(/cjib_turns_total\{channel="webchat",type="message",result="ok"\} [1-9]/);
    expect(body).toMatch(/cjib_intents_total\{intent="greeting"\} [1-9]/);
  });
});

describe('per-IP rate limit', () => {
  it('answers 429 with Retry-After and a localised text; reads and probes stay free', async () => {
    const app = await startTestApp({
      STORAGE: 'memory',
      RATE_LIMIT_IP_BURST: '2',
      RATE_LIMIT_IP_PER_MINUTE: '1',
    });
    try {
      const statuses: number[] = [];
      let refused: Response | undefined;
      for (let i = 0; i < 4; i++) {
        const response = await fetch(`${app.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'pl-PL,pl;q=0.9' },
          body: '{}',
        });
        statuses.push(response.status);
        if (response.status === 429) refused = response;
      }
      expect(statuses).toEqual([400, 400, 429, 429]);
      // Reads (pages, Web Chat polling) are not counted.
      expect((await fetch(`${app.url}/`)).status).not.toBe(429);
      expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused!.json()) as { message: string }).message).toMatch(/Z Pana\/Pani połączenia/);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('conversation outcomes and CSAT in /metrics', () => {
  it('counts resolved (helpful answer, filed arrangement), abandoned (chat closed mid-flow) and CSAT', async () => {
    const app = await startTestApp({ STORAGE: 'memory' });
    try {
      const metric = async (pattern: RegExp): Promise<number> =>
        Number(pattern.exec(await (await fetch(`${app.url}/metrics`)).text())?.[1] ?? NaN);
      const faq = app.conversation();
      await faq.start();
      await faq.say('Hoe kan ik mijn boete betalen?');
      await faq.say('ja');
      const arrangement = app.conversation();
      await arrangement.start();
      for (const text of [
        'Ik wil een betalingsregeling',
        '9698948614580658',
        '8911 AB',
        'ja',
        'jan@example.nl',
        'ja',
      ])
        await arrangement.say(text);
      const leaver = app.conversation();
      await leaver.start();
      await leaver.say('Ik wil weten wat ik nog moet betalen');
      await leaver.post({ type: 'endOfConversation' });

      expect(
        await metric(/cjib_conversation_outcomes_total\{outcome="resolved"\} (\d+)/),
      ).toBeGreaterThanOrEqual(2);
      expect(await metric(/cjib_conversation_outcomes_total\{outcome="abandoned"\} (\d+)/)).toBe(1);
      expect(await metric(/cjib_csat_score_count (\d+)/)).toBe(1);
      expect(await metric(/cjib_csat_score_sum (\d+)/)).toBe(5);
    } finally {
      await app.close();
    }
  });
});
