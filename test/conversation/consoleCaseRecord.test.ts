import { Writable } from 'node:stream';
import type { Activity } from 'botbuilder';
import { createLogger } from '../../bot/logger';
import { FAST_TYPIST, STAFF_ALWAYS_IN } from '../support/appForTests';
import { type ConsoleClient, loggedInStaff } from '../support/consoleClient';
import { DEMO_CLOCK, DEMO_DEBTORS } from '../support/demoDebtors';
import { startFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

// What staff read about a waiting citizen and what they see while they talk: the citizen's own words
// as the title, a readable reason, the concern moved up the queue, a fine looked up while waiting,
// numbers typed to staff shown to the claiming agent only and never stored or logged unmasked.
jest.setTimeout(120_000);

interface Row {
  id: string;
  status: string;
  reason: string;
  title: string | null;
  topic: string | null;
  concern: string | null;
  priority: boolean;
  position: number | null;
}
interface CaseBody {
  case: Row & {
    summary: {
      title?: string;
      citizenSaid?: string[];
      assistantSaid: string[];
      notes?: string[];
      identified?: { debtorId: string; cjibNumbers: string[] };
    };
    note: string | null;
  };
  transcript: { seq: number; role: string; text: string; live?: boolean; author?: string | null }[];
}

const TYPED = {
  cjib: '9690 0000 0000 0027',
  phone: '+31 6 87654321',
  email: 'jan@example.com',
  agentPhone: '088 123 4567',
};

describe('the staff side of a handoff: the case record and the live conversation', () => {
  let app: TestApp;
  let channel: FakeChannel;
  let kim: ConsoleClient;
  let sam: ConsoleClient;
  const logLines: string[] = [];

  beforeAll(async () => {
    channel = await startFakeChannel();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await startTestApp(
      { ...STAFF_ALWAYS_IN, ...FAST_TYPIST, HANDOFF_POLL_MS: '100', LOG_LEVEL: 'debug' },
      { logger: createLogger('debug', sink), clock: DEMO_CLOCK },
    );
    kim = await loggedInStaff(app, 'kim');
    sam = await loggedInStaff(app, 'sam', 'supervisor');
  });
  afterAll(async () => {
    await app?.close();
    await channel?.close();
  });

  function citizen(locale = 'nl-NL'): TestConversation {
    return app.conversation({ locale, extra: { serviceUrl: channel.serviceUrl } as Partial<Activity> });
  }

  async function queue(): Promise<Row[]> {
    return (await kim.get<{ cases: Row[] }>('/console/api/queue')).body.cases;
  }

  async function caseOf(c: TestConversation, who = kim): Promise<CaseBody> {
    const id = Buffer.from(`${c.channelId}/${c.id}`, 'utf8').toString('base64url');
    return (await who.get<CaseBody>(`/console/api/cases/${id}`)).body;
  }

  async function closeAll(): Promise<void> {
    for (const row of await queue()) {
      if (row.status === 'queued') await kim.post(`/console/api/cases/${row.id}/claim`);
      await kim.post(`/console/api/cases/${row.id}/close`);
    }
  }

  it("titles the case with the citizen's own words, a readable reason, and no welcome as what the assistant said", async () => {
    const c = citizen();
    await c.start();
    await c.say('WAAROM KRIJG IK WEER EEN AANMANING ik heb al betaald!!!');
    await c.say('ik wil een medewerker');
    const { case: detail } = await caseOf(c);
    expect(detail.title).toBe('WAAROM KRIJG IK WEER EEN AANMANING ik heb al betaald!!!');
    expect(detail.summary.citizenSaid).toEqual(['WAAROM KRIJG IK WEER EEN AANMANING ik heb al betaald!!!']);
    // The subject asked about before asking for a person, not "human_agent".
    expect(detail.topic).toMatch(/^(reminder_increase|payment_not_processed)$/);
    expect(detail.summary.assistantSaid.join(' ')).not.toMatch(/digitale assistent van het CJIB/);
    await closeAll();
  });

  it('a citizen in distress is marked and served before those who came earlier', async () => {
    const first = citizen();
    await first.start();
    await first.say('ik wil een medewerker');
    const distressed = citizen();
    await distressed.start();
    await distressed.say('ik kan mijn boete niet betalen ik heb geen geld meer en ik weet het niet meer');
    // The person offered ("Wilt u nu met een medewerker spreken?") and accepted with a bare "ja".
    const queued = textOf(await distressed.say('ja'));
    expect(queued).toMatch(/nummer 1\b/);
    const rows = await queue();
    expect(rows[0]).toMatchObject({ status: 'queued', position: 1, priority: true });
    expect(['distress', 'cannot_pay']).toContain(rows[0].reason);
    expect(rows[0].concern).toBe('distress');
    expect(rows[1]).toMatchObject({ position: 2, priority: false });
    // The one who waited first still hears a true place when asking.
    expect(textOf(await first.say('hoe lang moet ik nog wachten?'))).toMatch(/nummer 2\b/);
    await closeAll();
  });

  it('what the citizen tells while waiting is noted, and a fine looked up shows as identified with what was shown', async () => {
    const c = citizen();
    await c.start();
    await c.say('ik wil een medewerker');
    await c.say('ik heb mijn baan verloren en heb schulden');
    await c.say('Hoeveel moet ik nog betalen?');
    await c.say(DEMO_DEBTORS.D01.number);
    expect(textOf(await c.say(DEMO_DEBTORS.D01.postcode))).toMatch(/129/);
    const body = await caseOf(c);
    expect(body.case.summary.notes).toEqual(['ik heb mijn baan verloren en heb schulden']);
    // Asked only for a person at first: the question asked while waiting titles the case.
    expect(body.case.title).toBe('Hoeveel moet ik nog betalen?');
    expect(body.case.concern).toBe('cannot_pay');
    expect(body.case.summary.identified?.cjibNumbers).toEqual(['••••••••••••0658']);
    const shown = body.transcript.filter((e) => e.role === 'assistant' && /129/.test(e.text));
    expect(shown.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain('9698948614580658');
    await closeAll();
  });

  it('numbers typed to staff reach the claiming agent as typed, are stored masked and never logged', async () => {
    const c = citizen();
    await c.start();
    await c.say('ik wil een medewerker');
    const row = (await queue()).find((r) => r.status === 'queued')!;
    expect((await kim.post(`/console/api/cases/${row.id}/claim`)).status).toBe(200);
    await channel.waitFor((t) => /neemt het gesprek nu over/.test(t));
    const typed = `sure, CJIB number ${TYPED.cjib}, phone ${TYPED.phone}, email ${TYPED.email}`;
    expect(await c.say(typed)).toEqual([]);
    expect(
      (await kim.post(`/console/api/cases/${row.id}/messages`, { text: `Bel ons op ${TYPED.agentPhone}` }))
        .status,
    ).toBe(202);
    await channel.waitFor((t) => t.includes(TYPED.agentPhone));

    // The agent who claimed it sees the words as typed, marked as not stored.
    const mine = await caseOf(c, kim);
    const citizenLine = mine.transcript.find((e) => e.role === 'citizen' && e.text.startsWith('sure'));
    expect(citizenLine).toMatchObject({ text: typed, live: true });
    expect(mine.transcript.find((e) => e.role === 'agent')?.text).toBe(`Bel ons op ${TYPED.agentPhone}`);
    // Over the event stream too.
    const streamed = await firstTranscriptEvent(`/console/api/events?case=${row.id}&after=0`, kim);
    expect(streamed).toContain(TYPED.email);

    // A colleague (even a supervisor) reads the stored, masked text.
    const other = await caseOf(c, sam);
    const masked = other.transcript.find((e) => e.role === 'citizen' && e.text.startsWith('sure'))!;
    expect(masked.text).toContain('0027');
    for (const value of Object.values(TYPED)) expect(JSON.stringify(other)).not.toContain(value);

    // Stored and logged: masked only.
    const db = app.app.mongo!.db;
    const stored = JSON.stringify(await db.collection('transcripts').find({}).toArray());
    const cases = JSON.stringify(await db.collection('handoffCases').find({}).toArray());
    const outbox = JSON.stringify(await db.collection('handoffOutbox').find({}).toArray());
    const log = logLines.join('');
    for (const value of Object.values(TYPED)) {
      expect({ value, stored: stored.includes(value) }).toEqual({ value, stored: false });
      expect({ value, cases: cases.includes(value) }).toEqual({ value, cases: false });
      expect({ value, outbox: outbox.includes(value) }).toEqual({ value, outbox: false });
      expect({ value, logged: log.includes(value) }).toEqual({ value, logged: false });
    }

    // Closed: the live words are gone, the citizen hears the assistant is back.
    expect((await kim.post(`/console/api/cases/${row.id}/close`)).status).toBe(200);
    await channel.waitFor((t) => /afgesloten.*digitale assistent/s.test(t));
    const after = await caseOf(c, kim);
    expect(JSON.stringify(after)).not.toContain(TYPED.email);
  });

  it('the takeover notice is recorded once, the hand-back note is kept, and the citizen may stop talking to staff', async () => {
    const c = citizen();
    await c.start();
    await c.say('ik wil een medewerker');
    const row = (await queue()).find((r) => r.status === 'queued')!;
    await kim.post(`/console/api/cases/${row.id}/claim`);
    await channel.waitFor((t) => /neemt het gesprek nu over/.test(t));
    await c.say('ik heb een vraag over mijn aanmaning');
    expect(
      (await kim.post(`/console/api/cases/${row.id}/handback`, { note: 'aanmaning: nog niet beantwoord' }))
        .status,
    ).toBe(200);
    // The question the agent left open: the assistant asks for it again.
    await channel.waitFor((t) => /teruggegeven aan mij.*nog niet beantwoord/s.test(t));
    const body = await caseOf(c);
    expect(body.transcript.filter((e) => /neemt het gesprek nu over/.test(e.text))).toHaveLength(1);
    expect(body.transcript.find((e) => e.role === 'note')).toMatchObject({
      text: 'aanmaning: nog niet beantwoord',
      author: 'Kim',
    });

    // Queued again: the colleague who takes it sees the note; the citizen stops while with staff.
    await c.say('ik wil toch weer een medewerker');
    const again = (await queue()).find((r) => r.status === 'queued')!;
    expect((await caseOf(c)).case.note).toBe('aanmaning: nog niet beantwoord');
    await kim.post(`/console/api/cases/${again.id}/claim`);
    expect(textOf(await c.say('laat maar, ik wil stoppen'))).toMatch(/digitale assistent/);
    const left = await caseOf(c);
    expect(left.case.status).toBe('bot');
    expect(left.transcript.some((e) => e.role === 'system' && e.text === 'citizen_left')).toBe(true);
  });
});

/** The first `transcript` event of a console event stream, as raw text. */
async function firstTranscriptEvent(path: string, client: ConsoleClient): Promise<string> {
  const cookie = (client as unknown as { cookie: string }).cookie;
  const controller = new AbortController();
  const response = await fetch(`${(client as unknown as { baseUrl: string }).baseUrl}${path}`, {
    headers: { cookie },
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  let text = '';
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && !/event: transcript\ndata: .*\n/.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  controller.abort();
  return /event: transcript\ndata: (.*)\n/.exec(text)?.[1] ?? '';
}

describe('callback requests tell staff what the citizen wanted', () => {
  let app: TestApp;
  let sue: ConsoleClient;
  beforeAll(async () => {
    app = await startTestApp({ OFFICE_HOURS: 'sun 03:00-03:01', ...FAST_TYPIST });
    sue = await loggedInStaff(app, 'sue');
  });
  afterAll(async () => app?.close());

  it('their own words, channel and conversation; the call can end as not reached', async () => {
    const c = app.conversation({ channelId: 'sms' });
    await c.start();
    await c.say('Waarom is mijn boete verhoogd? ik heb op tijd betaald');
    expect(textOf(await c.say('ik wil een medewerker spreken'))).toMatch(/terugbel/);
    await c.say('ja');
    await c.say('06-12345678');
    await c.say('middag');
    interface Callback {
      id: string;
      title: string | null;
      channelId: string;
      conversationId: string;
    }
    const [request] = (await sue.get<{ callbacks: Callback[] }>('/console/api/callbacks')).body.callbacks;
    expect(request).toMatchObject({
      title: 'Waarom is mijn boete verhoogd? ik heb op tijd betaald',
      channelId: 'sms',
    });
    const conversation = await sue.get<{ transcript: { role: string; text: string }[] }>(
      `/console/api/conversations/${request.conversationId}/transcript`,
    );
    expect(conversation.body.transcript.map((e) => e.text)).toContain(
      'Waarom is mijn boete verhoogd? ik heb op tijd betaald',
    );
    expect(
      (await sue.post(`/console/api/callbacks/${request.id}/done`, { outcome: 'unreachable' })).status,
    ).toBe(200);
    const stored = await app.app.mongo!.db.collection('callbackRequests').find({}).toArray();
    expect(stored.map((d) => d.outcome)).toEqual(['unreachable']);
  });
});
