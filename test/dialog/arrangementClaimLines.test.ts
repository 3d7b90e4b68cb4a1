import type { Activity } from 'botbuilder';
import type { DialogTestClient } from 'botbuilder-testing';
import { InMemoryCollectionSystem } from '../../adapters/collection/inMemoryCollectionSystem';
import { MemoryArrangementRequestStore } from '../../adapters/storage/memoryArrangementRequestStore';
import { DEFAULT_ARRANGEMENT_POLICY } from '../../domain/arrangement/arrangementPolicy';
import { CollectionUnavailableError } from '../../domain/errors';
import type { CollectionSystem } from '../../domain/ports/collectionSystem';
import { PaymentArrangementDialog } from '../../dialogs/paymentArrangementDialog';
import { dialogClient, dialogHarness } from '../support/dialogHarness';

const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };

/** A back office that can go down mid-flow: every call then fails as an unreachable one does. */
async function switchableBackOffice(): Promise<{ collection: CollectionSystem; goDown: () => void }> {
  const demo = await InMemoryCollectionSystem.start(clock);
  let down = false;
  const collection = new Proxy(demo, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (down) return Promise.reject(new CollectionUnavailableError('test'));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as CollectionSystem;
  return { collection, goDown: () => (down = true) };
}

async function say(client: DialogTestClient, message: string): Promise<string> {
  const replies: Partial<Activity>[] = [];
  for (let reply = await client.sendActivity(message); reply; reply = client.getNextReply())
    replies.push(reply);
  return replies.map((r) => r.text ?? '').join(' ');
}

describe('PaymentArrangementDialog: the schedule’s claims in the conversation state', () => {
  it('keeps what "which fines are in it?" names, not the licence plate; answered with the back office down', async () => {
    const { collection, goDown } = await switchableBackOffice();
    const requests = new MemoryArrangementRequestStore();
    const harness = await dialogHarness(
      { collection, arrangements: { policy: DEFAULT_ARRANGEMENT_POLICY, requests } },
      clock,
    );
    const c = dialogClient(harness, new PaymentArrangementDialog(harness.deps));
    await say(c, 'Ik wil een betalingsregeling aanvragen');
    await say(c, '9698948614580658');
    expect(await say(c, '8911 AB')).toContain('€ 21,50 per maand');

    // D01's claim has licence plate GZ-123-K; the state (stored in MongoDB) keeps its description and its
    // amounts only ("which fines are in it?", "why so much?"): no plate, no dates.
    const state = JSON.stringify(c.dialogContext.stack);
    expect(state).toContain('Snelheidsovertreding van 14 km/u binnen de bebouwde kom');
    expect(state).not.toContain('GZ-123-K');
    expect(state).not.toMatch(/licencePlate|offenceDate|issueDate|dueDate|"stage"/);

    goDown();
    const which = await say(c, 'welke boetes zitten erin?');
    expect(which).toMatch(/Snelheidsovertreding van 14 km\/u binnen de bebouwde kom: € 129,00/);
    expect(which).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    // The request still goes to the outbox, which delivers it once the back office is back.
    await say(c, 'ja');
    await say(c, 'jan@example.nl');
    expect(await say(c, 'ja')).toMatch(/BR-2026-\d{8}/);
    expect((await requests.countByState()).pending).toBe(1);
  });
});
