import type { Activity } from 'botbuilder';
import { ConsoleClient, createStaffAccount } from '../support/consoleClient';
import { startFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { startTestMongo, type TestMongo } from '../support/mongo';
import { startTestApp, type TestApp } from '../support/testApp';

// Starting whole apps takes a while on a busy machine.
jest.setTimeout(90_000);

/** Reads server-sent events until one of `event` type has data containing `needle`. */
async function waitForEvent(
  url: string,
  cookie: string,
  event: string,
  needle: string,
  timeoutMs = 5000,
): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, { headers: { cookie }, signal: abort.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
      for (const block of buffer.split('\n\n')) {
        if (block.startsWith(`event: ${event}\n`) && block.includes(needle)) return block;
      }
    }
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

/**
 * Two assistant processes (two complete apps with their own relays and console pollers) share one
 * MongoDB: the citizen talks to A, the agent works in B's console. Messages cross both ways by
 * MongoDB polling, and each staff message reaches the citizen exactly once although both relays run.
 */
describe('handoff across two processes sharing one MongoDB', () => {
  let mongo: TestMongo;
  let a: TestApp;
  let b: TestApp;
  let channel: FakeChannel;

  beforeAll(async () => {
    mongo = await startTestMongo();
    channel = await startFakeChannel();
    const env = {
      MONGODB_URI: mongo.uri,
      MONGODB_DB: mongo.dbName,
      OFFICE_HOURS: 'mon-sun 00:00-24:00',
      PUBLIC_HOLIDAYS: '2000-01-01',
      HANDOFF_POLL_MS: '100',
    };
    a = await startTestApp(env);
    b = await startTestApp(env);
    await createStaffAccount(mongo.db, 'ann', 'ann-secret-1');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await channel?.close();
    await mongo?.stop();
  });

  it('relays both ways and delivers every agent message exactly once', async () => {
    const citizen = a.conversation({ extra: { serviceUrl: channel.serviceUrl } as Partial<Activity> });
    await citizen.start();
    await citizen.say('Ik wil een medewerker spreken');

    const agent = new ConsoleClient(b.url);
    expect(await agent.login('ann', 'ann-secret-1')).toBe(200);
    const queue = await agent.get<{ cases: { id: string; status: string }[] }>('/console/api/queue');
    const id = queue.body.cases.find((c) => c.status === 'queued')!.id;
    expect((await agent.post(`/console/api/cases/${id}/claim`)).status).toBe(200);
    await channel.waitFor((t) => /neemt het gesprek nu over/.test(t));

    // Citizen → agent: the message arrives at A, the agent's console on B sees it through MongoDB.
    const cookie = (agent as unknown as { cookie: string }).cookie;
    const seen = waitForEvent(
      `${b.url}/console/api/events?case=${id}&after=0`,
      cookie,
      'transcript',
      'Mijn brief is zoek',
    );
    expect(await citizen.say('Mijn brief is zoek')).toEqual([]);
    expect(await seen).toContain('"role":"citizen"');

    // Agent → citizen: written on B, delivered by whichever relay claims it first, once.
    const texts = ['Bericht een', 'Bericht twee', 'Bericht drie', 'Bericht vier'];
    for (const text of texts)
      expect((await agent.post(`/console/api/cases/${id}/messages`, { text })).status).toBe(202);
    for (const text of texts) await channel.waitFor((t) => t.includes(text));
    await new Promise((r) => setTimeout(r, 400));
    for (const text of texts)
      expect(channel.received.filter((r) => (r.activity.text ?? '').includes(text))).toHaveLength(1);
    expect(
      channel.received.filter((r) => /neemt het gesprek nu over/.test(r.activity.text ?? '')),
    ).toHaveLength(1);
    const order = channel.received
      .map((r) => r.activity.text ?? '')
      .filter((t) => texts.some((x) => t.includes(x)));
    expect(order.map((t) => texts.find((x) => t.includes(x)))).toEqual(texts);

    expect((await agent.post(`/console/api/cases/${id}/handback`, { note: 'uitgelegd' })).status).toBe(200);
    await channel.waitFor((t) => /teruggegeven aan mij/.test(t));
    expect((await citizen.say('Hoe kan ik betalen?')).length).toBeGreaterThan(0);
  });
});
