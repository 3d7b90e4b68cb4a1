import type { Activity } from 'botbuilder';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { startTestMongo, type TestMongo } from '../support/mongo';
import { TestConversation, textOf } from '../support/testApp';

const plain = (replies: Partial<Activity>[]): string => textOf(replies).replace(/\s+/g, ' ');

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** D01 asks for an arrangement and confirms it; returns the reference the citizen was given. */
async function requestArrangement(url: string): Promise<string> {
  const c = new TestConversation(url, {});
  await c.start();
  await c.say('Ik wil een betalingsregeling aanvragen');
  await c.say('9698948614580658');
  expect(plain(await c.say('8911 AB'))).toContain('€ 21,50 per maand');
  await c.say('Ja, aanvragen');
  await c.say('jan.devries@example.nl');
  const filed = plain(await c.say('Ja, versturen'));
  const reference = /BR-\d{4}-\d{8}/.exec(filed)?.[0];
  if (!reference) throw new Error(`no reference in: ${filed}`);
  return reference;
}

/**
 * The server process is killed (SIGKILL) after the citizen got the reference and before the outbox
 * delivered the request; after a restart the request reaches the back office exactly once, under
 * the reference the citizen was given.
 */
describe('an arrangement request survives a killed server process', () => {
  let mongo: TestMongo;
  const processes: ServerProcess[] = [];

  beforeAll(async () => {
    mongo = await startTestMongo();
  });
  afterAll(async () => {
    for (const p of processes) {
      p.child.kill('SIGKILL');
      await p.exited;
    }
    await mongo?.stop();
  });

  it('files exactly one request in the back office after a kill between confirmation and delivery', async () => {
    const env = { MONGODB_URI: mongo.uri, MONGODB_DB: mongo.dbName };
    const outbox = mongo.db.collection('arrangementRequests');
    const backOffice = mongo.db.collection('demoArrangementRequests');

    // First process: the outbox polls only at start-up, so nothing is delivered before the kill.
    const first = await startServerProcess({ ...env, ARRANGEMENT_OUTBOX_POLL_MS: '600000' });
    processes.push(first);
    const reference = await requestArrangement(first.url);
    expect(await outbox.find({}).toArray()).toEqual([
      expect.objectContaining({ reference, state: 'pending' }),
    ]);
    expect(await backOffice.countDocuments({})).toBe(0);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(first.child.signalCode).toBe('SIGKILL');

    // Restarted: the outbox finds the stored request and delivers it.
    const second = await startServerProcess({ ...env, ARRANGEMENT_OUTBOX_POLL_MS: '100' });
    processes.push(second);
    await waitFor(async () =>
      (await outbox.findOne({ reference }))?.state === 'delivered' ? true : undefined,
    );
    const filed = await backOffice.find({}).toArray();
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({
      reference,
      debtorId: 'D01',
      months: 6,
      totalAmount: 12900,
      monthlyAmount: 2150,
    });

    // The citizen, unsure, asks again after the restart: the same reference, still one request.
    const c = new TestConversation(second.url, {});
    await c.start();
    await c.say('Ik wil een betalingsregeling aanvragen');
    await c.say('9698948614580658');
    expect(plain(await c.say('8911 AB'))).toContain(
      `al aangevraagd. Uw referentienummer is **${reference}**`,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await backOffice.countDocuments({})).toBe(1);
    expect(await outbox.countDocuments({})).toBe(1);
  }, 60000);
});
