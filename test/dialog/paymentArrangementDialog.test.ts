import type { Activity } from 'botbuilder';
import type { DialogTestClient } from 'botbuilder-testing';
import { InMemoryCollectionSystem } from '../../adapters/collection/inMemoryCollectionSystem';
import { MemoryArrangementRequestStore } from '../../adapters/storage/memoryArrangementRequestStore';
import { DEFAULT_ARRANGEMENT_POLICY } from '../../domain/arrangement/arrangementPolicy';
import { CollectionUnavailableError } from '../../domain/errors';
import type { ArrangementRequestStore } from '../../domain/ports/arrangementRequestStore';
import type { CollectionSystem } from '../../domain/ports/collectionSystem';
import { PaymentArrangementDialog } from '../../dialogs/paymentArrangementDialog';
import { dialogClient, dialogHarness } from '../support/dialogHarness';

const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };

/** A store whose writes can fail before or after they happen, as a database connection can. */
class FlakyStore extends MemoryArrangementRequestStore {
  failure: 'none' | 'beforeWrite' | 'afterWrite' | 'down' = 'none';
  lastReference?: string;
  override async create(...args: Parameters<ArrangementRequestStore['create']>) {
    if (this.failure === 'beforeWrite' || this.failure === 'down') throw new Error('connection reset');
    const created = await super.create(...args);
    this.lastReference = created.request.reference;
    if (this.failure === 'afterWrite') throw new Error('connection reset after the write');
    return created;
  }
  override async findByKey(key: string) {
    if (this.failure === 'down') throw new Error('connection reset');
    return super.findByKey(key);
  }
}

async function setup(collection?: CollectionSystem) {
  const requests = new FlakyStore();
  const harness = await dialogHarness(
    {
      collection: collection ?? (await InMemoryCollectionSystem.start(clock)),
      arrangements: { policy: DEFAULT_ARRANGEMENT_POLICY, requests },
    },
    clock,
  );
  /** A new conversation with the dialog. */
  const client = () => dialogClient(harness, new PaymentArrangementDialog(harness.deps));
  return { requests, client };
}

/** Sends a message and returns every reply's text. */
async function say(client: DialogTestClient, message: string): Promise<string> {
  const replies: Partial<Activity>[] = [];
  for (let reply = await client.sendActivity(message); reply; reply = client.getNextReply())
    replies.push(reply);
  return replies.map((r) => r.text ?? '').join(' ');
}

/** D01 up to the confirmation question. */
async function upToConfirmation(client: DialogTestClient): Promise<void> {
  await say(client, 'Ik wil een betalingsregeling aanvragen');
  expect(await say(client, '9698948614580658')).toMatch(/postcode/);
  expect(await say(client, '8911 AB')).toContain('€ 21,50 per maand');
  await say(client, 'ja');
  expect(await say(client, 'jan@example.nl')).toContain('versturen?');
}

/** The dialog's clients share one conversation: the citizen is verified once and asks again in it. */
describe('PaymentArrangementDialog: filing exactly once', () => {
  it('a write that happened although the database answered with an error still gives the reference', async () => {
    const { requests, client } = await setup();
    const c = client();
    await upToConfirmation(c);
    requests.failure = 'afterWrite';
    const reply = await say(c, 'ja');
    expect((await requests.countByState()).pending).toBe(1);
    expect(reply).toContain(`Uw referentienummer is **${requests.lastReference}**`);
  });

  it('a write that did not happen is not claimed either way; asking again files it once', async () => {
    const { requests, client } = await setup();
    const first = client();
    await upToConfirmation(first);
    requests.failure = 'down';
    expect(await say(first, 'ja')).toMatch(/niet bevestigen.*nooit twee keer/);
    requests.failure = 'none';
    expect((await requests.countByState()).pending).toBe(0);

    // The citizen asks again in the same conversation (already verified): the same request, filed now.
    const second = client();
    expect(await say(second, 'Ik wil een betalingsregeling aanvragen')).toContain('€ 21,50 per maand');
    await say(second, 'ja');
    await say(second, 'jan@example.nl');
    const filed = /BR-2026-\d{8}/.exec(await say(second, 'ja'))?.[0];
    expect(filed).toBeDefined();
    // And once more: found, not filed again.
    expect(await say(client(), 'Ik wil een betalingsregeling aanvragen')).toContain(
      `al aangevraagd. Uw referentienummer is **${filed}**`,
    );
    expect((await requests.countByState()).pending).toBe(1);
  });

  it('a back office that cannot answer about the debtor: nothing is proposed or filed', async () => {
    const demo = await InMemoryCollectionSystem.start(clock);
    const down = Object.assign(Object.create(demo) as CollectionSystem, {
      getArrangementStatus: async () => {
        throw new CollectionUnavailableError('test');
      },
    });
    const { requests, client } = await setup(down);
    const c = client();
    await say(c, 'Ik wil een betalingsregeling aanvragen');
    await say(c, '9698948614580658');
    expect(await say(c, '8911 AB')).toMatch(/lukt mij nu niet.*Er is niets aangevraagd/);
    expect((await requests.countByState()).pending).toBe(0);
  });
});
