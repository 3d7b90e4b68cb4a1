import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger';
import { startTestApp, textOf, type TestApp } from '../support/testApp';

/**
 * A citizen looks up a fine and files a payment arrangement (demo debtor D01) with logging at
 * debug level: no personal value of theirs may appear anywhere in the log output, and the stored
 * transcript holds them masked.
 */
const CJIB = '9698948614580658';
const PERSONAL = {
  cjib: CJIB,
  cjibGrouped: '9698 9486 1458 0658',
  postcode: '8911 AB',
  postcodeCompact: '8911AB',
  email: 'jan.devries@example.nl',
  phone: '0612345678',
  name: 'Jan de Vries',
  iban: 'NL91ABNA0417164300',
};

describe('privacy: nothing personal in the logs, transcripts stored masked', () => {
  let app: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    app = await startTestApp({ LOG_LEVEL: 'debug' }, { logger: createLogger('debug', sink) });
  });
  afterAll(async () => app?.close());

  it('runs a full lookup and arrangement without logging personal data', async () => {
    const citizen = app.conversation();
    await citizen.start();
    await citizen.say(`Ik ben ${PERSONAL.name}, wat moet ik nog betalen? Mijn IBAN is ${PERSONAL.iban}`);
    await citizen.say(PERSONAL.cjibGrouped);
    const found = textOf(await citizen.say(PERSONAL.postcode));
    expect(found).toMatch(/€/);

    const arrangement = app.conversation();
    await arrangement.start();
    await arrangement.say('Ik wil een betalingsregeling');
    await arrangement.say(CJIB);
    await arrangement.say(PERSONAL.postcodeCompact);
    await arrangement.say('ja');
    await arrangement.say(`${PERSONAL.email} of ${PERSONAL.phone}`);
    const done = textOf(await arrangement.say('ja'));
    expect(done).toMatch(/BR-\d{4}-\d+/);
    // Give the outbox worker a moment to deliver (it logs the delivery).
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const log = lines.join('');
    expect(log).toContain('arrangement request delivered'); // the log did record the flow
    for (const [what, value] of Object.entries(PERSONAL)) {
      expect({ what, found: log.includes(value) }).toEqual({ what, found: false });
    }
    expect(log).not.toContain('8948614580');
  });

  it('stores transcripts with personal numbers masked', async () => {
    const docs = await app.app.mongo!.db.collection('transcripts').find({}).toArray();
    const stored = JSON.stringify(docs);
    expect(docs.length).toBeGreaterThan(0);
    for (const value of [
      PERSONAL.cjib,
      PERSONAL.cjibGrouped,
      PERSONAL.postcode,
      PERSONAL.postcodeCompact,
      PERSONAL.email,
      PERSONAL.phone,
      PERSONAL.iban,
    ]) {
      expect({ value, found: stored.includes(value) }).toEqual({ value, found: false });
    }
  });
});
