import type { Activity } from 'botbuilder';
import { ConsoleClient, createStaffAccount } from '../support/consoleClient';
import { startFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

// Starting whole apps takes a while on a busy machine.
jest.setTimeout(90_000);

interface QueueBody {
  cases: { id: string; status: string; reason: string; position: number | null }[];
}
interface CaseBody {
  case: { status: string; summary: { locale: string; lastMessages: { role: string; text: string }[] } };
  transcript: { role: string; text: string }[];
  canned: Record<string, string>;
}

const ALWAYS_OPEN = {
  OFFICE_HOURS: 'mon-sun 00:00-24:00',
  PUBLIC_HOLIDAYS: '2000-01-01',
  HANDOFF_POLL_MS: '100',
};

describe('handoff to staff (whole conversation over HTTP)', () => {
  let app: TestApp;
  let channel: FakeChannel;
  let ann: ConsoleClient;
  let bob: ConsoleClient;

  beforeAll(async () => {
    channel = await startFakeChannel();
    app = await startTestApp(ALWAYS_OPEN);
    await createStaffAccount(app.app.mongo!.db, 'ann', 'ann-secret-1');
    await createStaffAccount(app.app.mongo!.db, 'bob', 'bob-secret-1');
    ann = new ConsoleClient(app.url);
    bob = new ConsoleClient(app.url);
    expect(await ann.login('ann', 'ann-secret-1')).toBe(200);
    expect(await bob.login('bob', 'bob-secret-1')).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await channel?.close();
  });

  function citizen(): TestConversation {
    return app.conversation({ extra: { serviceUrl: channel.serviceUrl } as Partial<Activity> });
  }

  it('queues with a summary, lets one agent claim, keeps the assistant silent, relays both ways and hands back', async () => {
    const c = citizen();
    await c.start();
    await c.say('mijn cjib nummer is 1062 5421 5704 7959');
    const queued = await c.say('Ik wil een medewerker spreken');
    expect(textOf(queued)).toMatch(/wachtrij.*nummer 1/s);
    const initiate = queued.find((a) => a.type === 'event');
    expect(initiate?.name).toBe('handoff.initiate');
    expect(initiate?.attachments?.[0]?.name).toBe('Transcript');

    const queue = await ann.get<QueueBody>('/console/api/queue');
    const row = queue.body.cases.find((x) => x.status === 'queued')!;
    expect(row).toMatchObject({ reason: 'citizen_request', position: 1 });
    const detail = await ann.get<CaseBody>(`/console/api/cases/${row.id}`);
    expect(detail.body.case.summary.locale).toBe('nl');
    const said = detail.body.case.summary.lastMessages.map((m) => m.text).join(' ');
    expect(said).toContain('••••••••••••7959');
    expect(said).not.toContain('1062');
    expect(Object.keys(detail.body.canned).length).toBeGreaterThan(0);

    const claims = await Promise.all([
      ann.post(`/console/api/cases/${row.id}/claim`),
      bob.post(`/console/api/cases/${row.id}/claim`),
    ]);
    expect(claims.map((r) => r.status).sort()).toEqual([200, 409]);
    const owner = claims[0].status === 200 ? ann : bob;
    const other = owner === ann ? bob : ann;
    await channel.waitFor((t) => /neemt het gesprek nu over/.test(t));

    // While an agent owns the conversation the assistant says nothing; the message reaches the agent.
    expect(await c.say('Hoe kan ik betalen?')).toEqual([]);
    const transcript = await owner.get<CaseBody>(`/console/api/cases/${row.id}`);
    expect(transcript.body.transcript.at(-1)).toMatchObject({ role: 'citizen', text: 'Hoe kan ik betalen?' });

    expect((await other.post(`/console/api/cases/${row.id}/messages`, { text: 'mag niet' })).status).toBe(
      409,
    );
    expect(
      (await owner.post(`/console/api/cases/${row.id}/messages`, { text: 'U kunt betalen met iDEAL.' }))
        .status,
    ).toBe(202);
    await channel.waitFor((t) => t.includes('U kunt betalen met iDEAL.'));

    expect(
      (await owner.post(`/console/api/cases/${row.id}/handback`, { note: 'betaalwijze uitgelegd' })).status,
    ).toBe(200);
    await channel.waitFor((t) => /teruggegeven aan mij/.test(t));
    const after = await c.say('Hoe kan ik betalen?');
    expect(after.length).toBeGreaterThan(0);
  });

  it('tells the citizen when the agent closes the conversation, and the assistant takes the next message', async () => {
    const c = citizen();
    await c.start();
    await c.say('Ik wil een medewerker spreken');
    const row = (await ann.get<QueueBody>('/console/api/queue')).body.cases.find(
      (x) => x.status === 'queued',
    )!;
    expect((await ann.post(`/console/api/cases/${row.id}/claim`)).status).toBe(200);
    expect((await bob.post(`/console/api/cases/${row.id}/close`)).status).toBe(409);
    expect((await ann.post(`/console/api/cases/${row.id}/close`)).status).toBe(200);
    await channel.waitFor((t) => /afgesloten/.test(t));
    expect((await c.say('Hoe kan ik betalen?')).length).toBeGreaterThan(0);
  });

  it('lets the citizen leave the queue while waiting, and still talk to the assistant', async () => {
    const c = citizen();
    await c.start();
    await c.say('medewerker');
    const answer = await c.say('Hoe kan ik betalen?');
    expect(answer.length).toBeGreaterThan(0);
    const left = await c.say('Stop met wachten');
    expect(textOf(left)).toMatch(/niet meer in de wachtrij/);
    const queue = await ann.get<QueueBody>('/console/api/queue');
    expect(queue.body.cases.filter((x) => x.status === 'queued')).toHaveLength(0);
  });

  it('offers a person at once on a distress signal, and queues with that reason', async () => {
    const c = citizen();
    await c.start();
    expect(textOf(await c.say('Ik zie het niet meer zitten met al die boetes'))).toMatch(/113/);
    expect(textOf(await c.say('ja'))).toMatch(/wachtrij/);
    const queue = await ann.get<QueueBody>('/console/api/queue');
    expect(queue.body.cases.find((x) => x.status === 'queued')?.reason).toBe('distress');
    await c.say('Stop met wachten');
  });

  it('follows handoff.status events from an external contact centre', async () => {
    const c = citizen();
    await c.start();
    await c.say('Ik wil een medewerker spreken');
    expect(await c.post({ type: 'event', name: 'handoff.status', value: { state: 'accepted' } })).toEqual([]);
    expect(await c.say('Hallo, is daar iemand?')).toEqual([]);
    const completed = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'completed' } });
    expect(textOf(completed)).toMatch(/teruggegeven aan mij/);
    expect((await c.say('Hoe kan ik betalen?')).length).toBeGreaterThan(0);
  });

  it('offers a person after two misunderstandings and queues with that reason', async () => {
    const c = citizen();
    await c.start();
    await c.say('blorp zinga frobnicate');
    expect(textOf(await c.say('wibble wobble quux'))).toMatch(/medewerker/);
    expect(textOf(await c.say('ja'))).toMatch(/wachtrij/);
    const queue = await ann.get<QueueBody>('/console/api/queue');
    expect(queue.body.cases.find((x) => x.status === 'queued')?.reason).toBe('misunderstood');
    await c.say('Stop met wachten');
  });

  it('tells a waiting citizen when their place in the queue improves', async () => {
    const first = citizen();
    const second = citizen();
    await first.start();
    await second.start();
    await first.say('Ik wil een medewerker spreken');
    expect(textOf(await second.say('Ik wil een medewerker spreken'))).toMatch(/nummer 2/);
    await first.say('Stop met wachten');
    await channel.waitFor((t) => /nu nummer 1/.test(t));
    expect(channel.received.find((r) => /nu nummer 1/.test(r.activity.text ?? ''))?.conversationId).toBe(
      second.id,
    );
    await second.say('Stop met wachten');
  });

  it('refuses console requests without a session or CSRF token', async () => {
    const anonymous = new ConsoleClient(app.url);
    expect((await anonymous.get('/console/api/queue')).status).toBe(401);
    expect((await anonymous.get('/console/api/callbacks')).status).toBe(401);
    expect((await anonymous.get('/console/api/events')).status).toBe(401);
    expect((await anonymous.post('/console/api/cases/d2ViY2hhdC94/claim')).status).toBe(401);
    expect(await anonymous.login('ann', 'wrong-password')).toBe(401);
    expect(await anonymous.login('nobody', 'ann-secret-1')).toBe(401);
    expect((await ann.post('/console/api/cases/d2ViY2hhdC94/claim', {}, { csrf: false })).status).toBe(403);
    expect((await ann.get('/console/api/stats')).status).toBe(403);
    const page = await fetch(`${app.url}/console`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('console.js');
  });
});

describe('outside office hours', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ OFFICE_HOURS: 'sun 03:00-03:01', HANDOFF_POLL_MS: '100' });
    await createStaffAccount(app.app.mongo!.db, 'sue', 'sue-secret-1', 'supervisor');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('offers a callback instead of the queue and stores it for staff', async () => {
    const c = app.conversation();
    await c.start();
    expect(textOf(await c.say('Ik wil een medewerker spreken'))).toMatch(/terugbelt/);
    expect(textOf(await c.say('ja'))).toMatch(/telefoonnummer/);
    expect(textOf(await c.say('dat weet ik niet'))).toMatch(/geen telefoonnummer/);
    expect(textOf(await c.say('06-12345678'))).toMatch(/Wanneer/);
    expect(textOf(await c.say("'s Middags (12.00-17.00 uur)"))).toMatch(/middag/);

    const sue = new ConsoleClient(app.url);
    expect(await sue.login('sue', 'sue-secret-1')).toBe(200);
    const callbacks = await sue.get<{ callbacks: { id: string; phone: string; partOfDay: string }[] }>(
      '/console/api/callbacks',
    );
    expect(callbacks.body.callbacks).toEqual([
      expect.objectContaining({ phone: '0612345678', partOfDay: 'afternoon' }),
    ]);
    const queue = await sue.get<QueueBody>('/console/api/queue');
    expect(queue.body.cases).toHaveLength(0);
    const stats = await sue.get<{ queued: number; openCallbacks: number }>('/console/api/stats');
    expect(stats.body).toMatchObject({ queued: 0, openCallbacks: 1 });
    expect((await sue.post(`/console/api/callbacks/${callbacks.body.callbacks[0].id}/done`)).status).toBe(
      200,
    );
    expect((await sue.get<{ callbacks: unknown[] }>('/console/api/callbacks')).body.callbacks).toHaveLength(
      0,
    );
  });

  it('lets the citizen decline the callback', async () => {
    const c = app.conversation();
    await c.start();
    await c.say('Ik wil een medewerker spreken');
    expect(textOf(await c.say('nee'))).toMatch(/kantoortijden/);
  });
});

describe('routed to an external contact centre (HANDOFF_ROUTE=external)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      HANDOFF_ROUTE: 'external',
      OFFICE_HOURS: 'mon-sun 00:00-24:00',
      PUBLIC_HOLIDAYS: '2000-01-01',
    });
    await createStaffAccount(app.app.mongo!.db, 'ann', 'ann-secret-1');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('emits handoff.initiate, keeps the conversation out of the console and follows handoff.status', async () => {
    const c = app.conversation();
    await c.start();
    const replies = await c.say('Ik wil een medewerker spreken');
    expect(replies.find((a) => a.type === 'event')?.name).toBe('handoff.initiate');
    const ann = new ConsoleClient(app.url);
    expect(await ann.login('ann', 'ann-secret-1')).toBe(200);
    expect((await ann.get<QueueBody>('/console/api/queue')).body.cases).toHaveLength(0);
    expect(await c.post({ type: 'event', name: 'handoff.status', value: { state: 'accepted' } })).toEqual([]);
    expect(await c.say('Is daar iemand?')).toEqual([]);
    const completed = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'completed' } });
    expect(textOf(completed)).toMatch(/teruggegeven aan mij/);
  });
});
