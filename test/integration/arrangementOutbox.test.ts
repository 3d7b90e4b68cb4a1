import { ArrangementOutboxWorker } from '../../adapters/outbox/arrangementOutboxWorker';
import { MemoryArrangementRequestStore } from '../../adapters/storage/memoryArrangementRequestStore';
import { MongoArrangementRequestStore } from '../../adapters/storage/mongoArrangementRequestStore';
import { CollectionUnavailableError, RequestRefusedError } from '../../domain/errors';
import type { ArrangementRequestStore } from '../../domain/ports/arrangementRequestStore';
import type {
  ArrangementReceipt,
  ArrangementSubmission,
  CollectionSystem,
} from '../../domain/ports/collectionSystem';
import { silentLogger } from '../../domain/ports/logger';
import { draft, ManualClock } from '../contract/arrangementRequestStoreContract';
import { useTestMongo } from '../support/suiteMongo';

/** A back office that files one request per idempotency key, and can be made to fail or hang. */
class FakeBackOffice implements Pick<CollectionSystem, 'submitArrangement'> {
  readonly filed = new Map<string, ArrangementSubmission>();
  calls = 0;
  failNext = 0;
  refuse = false;
  hang = false;

  async submitArrangement(request: ArrangementSubmission): Promise<ArrangementReceipt> {
    this.calls += 1;
    if (this.refuse) throw new RequestRefusedError(422);
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new CollectionUnavailableError('down for the test');
    }
    if (this.hang) return new Promise<never>(() => undefined);
    if (!this.filed.has(request.idempotencyKey))
      this.filed.set(request.idempotencyKey, structuredClone(request));
    return { reference: this.filed.get(request.idempotencyKey)!.reference, status: 'received' };
  }
}

const OPTIONS = {
  pollMs: 20,
  leaseMs: 1000,
  retryBaseMs: 2000,
  retryMaxMs: 60000,
  alertAfterAttempts: 3,
  batchSize: 50,
};

function outboxSuite(
  name: string,
  makeStore: (clock: ManualClock) => Promise<ArrangementRequestStore>,
): void {
  describe(`arrangement outbox on ${name}`, () => {
    let clock: ManualClock;
    let store: ArrangementRequestStore;
    let backOffice: FakeBackOffice;
    const worker = (options = {}) =>
      new ArrangementOutboxWorker(
        store,
        backOffice as unknown as CollectionSystem,
        silentLogger,
        { ...OPTIONS, ...options },
        clock,
        () => 1,
      );

    beforeEach(async () => {
      clock = new ManualClock();
      store = await makeStore(clock);
      backOffice = new FakeBackOffice();
    });

    it('a refusal for good is marked refused, reported once for staff, and never retried', async () => {
      const { request } = await store.create(draft('k-refused'));
      backOffice.refuse = true;
      const refused: string[] = [];
      const w = worker({ onRefused: (reference: string) => refused.push(reference) });
      expect(await w.deliverDue()).toBe(0);
      expect(await store.findByKey('k-refused')).toMatchObject({
        state: 'refused',
        lastError: 'RequestRefusedError',
        attempts: 1,
      });
      expect(refused).toEqual([request.reference]);
      clock.advance(24 * 3600000);
      expect(await w.deliverDue()).toBe(0);
      expect(backOffice.calls).toBe(1);
      expect(refused).toHaveLength(1);
      expect((await store.countByState()).refused).toBe(1);
    });

    it('delivers a stored request with its key and reference, and forgets the contact details', async () => {
      const { request } = await store.create(draft('k1'));
      expect(await worker().deliverDue()).toBe(1);
      expect(backOffice.filed.get('k1')).toEqual({ ...draft('k1'), reference: request.reference });
      const stored = await store.findByKey('k1');
      expect(stored).toMatchObject({
        state: 'delivered',
        receipt: { reference: request.reference, status: 'received' },
      });
      expect(stored!.submission.contact).toEqual({});
      expect(await worker().deliverDue()).toBe(0);
      expect(backOffice.calls).toBe(1);
    });

    it('a back office that is down: retried with back-off until it answers, filed once', async () => {
      await store.create(draft('k2'));
      backOffice.failNext = 2;
      const w = worker();
      expect(await w.deliverDue()).toBe(0);
      expect(await store.findByKey('k2')).toMatchObject({
        state: 'failed-retrying',
        attempts: 1,
        lastError: 'CollectionUnavailableError',
      });
      clock.advance(1999);
      expect(await w.deliverDue()).toBe(0);
      expect(backOffice.calls).toBe(1);
      clock.advance(1);
      expect(await w.deliverDue()).toBe(0);
      clock.advance(4000); // the second back-off doubles
      expect(await w.deliverDue()).toBe(1);
      expect(await store.findByKey('k2')).toMatchObject({ state: 'delivered', attempts: 3 });
      expect(backOffice.filed.size).toBe(1);
    });

    it('a worker that died mid-delivery: another takes over when the lease ends, filed once', async () => {
      await store.create(draft('k3'));
      // The first worker leased the request and then the process was killed.
      await store.claimDue(OPTIONS.leaseMs);
      expect(await worker().deliverDue()).toBe(0);
      clock.advance(OPTIONS.leaseMs);
      expect(await worker().deliverDue()).toBe(1);
      expect(backOffice.filed.size).toBe(1);
    });

    it('a delivery that reached the back office but was not recorded is delivered again and still filed once', async () => {
      const { request } = await store.create(draft('k4'));
      await backOffice.submitArrangement({ ...request.submission, reference: request.reference });
      expect(await worker().deliverDue()).toBe(1);
      expect(backOffice.filed.size).toBe(1);
      expect((await store.findByKey('k4'))!.receipt?.reference).toBe(request.reference);
    });

    it('two workers at once deliver every request exactly once', async () => {
      for (let i = 0; i < 12; i++) await store.create(draft(`many-${i}`));
      const delivered = await Promise.all([worker().deliverDue(), worker().deliverDue()]);
      expect(delivered[0] + delivered[1]).toBe(12);
      expect(backOffice.calls).toBe(12);
      expect(await store.countByState()).toEqual({
        pending: 0,
        delivered: 12,
        'failed-retrying': 0,
        refused: 0,
      });
    });

    it('a back office that hangs is given up on after the lease and retried', async () => {
      await store.create(draft('k5'));
      backOffice.hang = true;
      expect(await worker({ leaseMs: 30 }).deliverDue()).toBe(0);
      expect(await store.findByKey('k5')).toMatchObject({
        state: 'failed-retrying',
        lastError: 'DeliveryTimeoutError',
      });
    });

    it('polls once started and stops cleanly', async () => {
      const w = worker();
      w.start();
      await store.create(draft('k6'));
      for (let i = 0; i < 100 && (await store.findByKey('k6'))!.state !== 'delivered'; i++)
        await new Promise((r) => setTimeout(r, 10));
      await w.stop();
      expect((await store.findByKey('k6'))!.state).toBe('delivered');
      await store.create(draft('k7'));
      await new Promise((r) => setTimeout(r, 60));
      expect((await store.findByKey('k7'))!.state).toBe('pending');
    });
  });
}

outboxSuite('the in-memory store', async (clock) => new MemoryArrangementRequestStore(clock));

describe('on MongoDB', () => {
  const mongo = useTestMongo();
  outboxSuite('the MongoDB store', async (clock) => {
    const store = new MongoArrangementRequestStore(mongo.db, {
      collectionName: `outbox${mongo.nextSuffix()}`,
      clock,
    });
    await store.ensureIndexes();
    return store;
  });
});
