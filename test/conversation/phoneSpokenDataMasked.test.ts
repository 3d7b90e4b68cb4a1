import { Writable } from 'node:stream';
import type { Activity } from 'botbuilder';
import { createLogger } from '../../bot/logger';
import { FAST_TYPIST, STAFF_ALWAYS_IN } from '../support/appForTests';
import { type ConsoleClient, loggedInStaff } from '../support/consoleClient';
import { startFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { startTestApp, type TestApp } from '../support/testApp';

// A caller who says their CJIB number, postcode, e-mail address and phone number aloud and then asks
// for a person: the handoff summary, the transcript staff read, what is stored and what is logged hold
// none of them word for word (as typed numbers are masked), only the placeholders.
jest.setTimeout(120_000);

const SPOKEN = {
  cjib: 'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht',
  postcode: 'acht negen een een a b',
  email: 'jan punt de vries at gmail punt com',
  phone: 'nul zes een twee drie vier vijf zes zeven acht',
};
/** Pieces that must not survive anywhere: the spoken words and their digits. */
const LEAKS = [
  'negen zes negen acht',
  'vier vijf acht nul',
  'nul zes vijf acht',
  'acht negen een een',
  'een een a b',
  'jan punt de vries',
  'de vries',
  'gmail punt com',
  'nul zes een twee',
  'vijf zes zeven acht',
  '9698948614580658',
  '8911',
  '0612345678',
];

describe('a phone call: numbers and addresses said aloud are masked for staff, storage and logs', () => {
  let app: TestApp;
  let channel: FakeChannel;
  let kim: ConsoleClient;
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
      { logger: createLogger('debug', sink) },
    );
    kim = await loggedInStaff(app, 'kim');
  });
  afterAll(async () => {
    await app?.close();
    await channel?.close();
  });

  it('spoken lookup, spoken contact details, then a person', async () => {
    const c = app.conversation({
      channelId: 'telephony',
      locale: 'nl-NL',
      extra: { serviceUrl: channel.serviceUrl } as Partial<Activity>,
    });
    await c.start();
    await c.say('boete opzoeken');
    await c.say(SPOKEN.cjib);
    const found = await c.say(SPOKEN.postcode);
    expect(found.map((a) => a.speak ?? '').join(' ')).toMatch(/129 euro/);
    await c.say(`mijn e-mail is ${SPOKEN.email}`);
    await c.say(`en mijn telefoonnummer is ${SPOKEN.phone}`);
    const queued = await c.say('medewerker');
    const initiate = queued.find((a) => a.type === 'event' && a.name === 'handoff.initiate');
    expect(initiate).toBeDefined();
    const event = JSON.stringify(initiate);
    expect(event).toContain('••••••••••••0658');
    expect(event).toContain('[postcode]');
    expect(event).toContain('[e-mail]');
    expect(event).toContain('[phone]');

    const id = Buffer.from(`${c.channelId}/${c.id}`, 'utf8').toString('base64url');
    const detail = JSON.stringify((await kim.get<unknown>(`/console/api/cases/${id}`)).body);
    expect(detail).toContain('[postcode]');

    const db = app.app.mongo!.db;
    const stored = JSON.stringify(await db.collection('transcripts').find({}).toArray());
    const cases = JSON.stringify(await db.collection('handoffCases').find({}).toArray());
    const log = logLines.join('');
    for (const leak of LEAKS) {
      expect({ leak, event: event.includes(leak) }).toEqual({ leak, event: false });
      expect({ leak, console: detail.includes(leak) }).toEqual({ leak, console: false });
      expect({ leak, stored: stored.includes(leak) }).toEqual({ leak, stored: false });
      expect({ leak, cases: cases.includes(leak) }).toEqual({ leak, cases: false });
      expect({ leak, logged: log.includes(leak) }).toEqual({ leak, logged: false });
    }
  });
});
