import type {
  ArrangementRequestDraft,
  ArrangementRequestStore,
} from '../../domain/ports/arrangementRequestStore';
import { ARRANGEMENT_REFERENCE } from '../../domain/arrangement/requestIdentity';
import type { Clock } from '../../domain/ports/clock';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private current = new Date('2026-11-22T10:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export function draft(
  key: string,
  overrides: Partial<ArrangementRequestDraft> = {},
): ArrangementRequestDraft {
  return {
    idempotencyKey: key,
    debtorId: 'D01',
    cjibNumbers: ['9698948614580658'],
    months: 6,
    totalAmount: 12900,
    monthlyAmount: 2150,
    firstDueDate: '2027-01-01',
    contact: { email: 'jan@example.nl' },
    language: 'nl',
    ...overrides,
  };
}

const receipt = (reference: string) => ({ reference, status: 'received' as const });

/** What every ArrangementRequestStore adapter must do (run by arrangementRequestStore.test.ts). */
export function arrangementRequestStoreContract(
  name: string,
  make: (clock: Clock) => Promise<ArrangementRequestStore>,
): void {
  describe(`${name} (ArrangementRequestStore contract)`, () => {
    let store: ArrangementRequestStore;
    let clock: ManualClock;
    beforeEach(async () => {
      clock = new ManualClock();
      store = await make(clock);
    });

    it('finds the requests filed for any of a set of CJIB numbers, newest first', async () => {
      const first = (await store.create(draft('f1', { cjibNumbers: ['1111', '2222'] }))).request;
      clock.advance(60_000);
      const second = (await store.create(draft('f2', { cjibNumbers: ['2222'] }))).request;
      await store.create(draft('f3', { cjibNumbers: ['3333'] }));
      const found = (await store.findForClaims?.(['2222', '9999'])) ?? [];
      expect(found.map((r) => r.reference)).toEqual([second.reference, first.reference]);
      expect((await store.findForClaims?.(['4444'])) ?? []).toEqual([]);
    });

    it('stores a draft as pending with a new reference, due at once', async () => {
      const { request, created } = await store.create(draft('k1'));
      expect(created).toBe(true);
      expect(request).toMatchObject({ idempotencyKey: 'k1', state: 'pending', attempts: 0 });
      expect(request.reference).toMatch(ARRANGEMENT_REFERENCE);
      expect(request.submission).toEqual({ ...draft('k1'), reference: request.reference });
      expect(request.nextAttemptAt.getTime()).toBe(clock.now().getTime());
      expect(await store.findByKey('k1')).toEqual(request);
      expect(await store.findByKey('other')).toBeUndefined();
    });

    it('the same key twice, even at the same moment, stores one request with one reference', async () => {
      const results = await Promise.all([
        store.create(draft('k2')),
        store.create(draft('k2')),
        store.create(draft('k2')),
      ]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.request.reference)).size).toBe(1);
      expect(await store.countByState()).toEqual({
        pending: 1,
        delivered: 0,
        'failed-retrying': 0,
        refused: 0,
      });
    });

    it('different keys get different references', async () => {
      const refs = await Promise.all(
        ['a', 'b', 'c', 'd'].map(async (k) => (await store.create(draft(k))).request.reference),
      );
      expect(new Set(refs).size).toBe(4);
    });

    it('leases a due request to one claimer at a time, oldest first', async () => {
      await store.create(draft('old'));
      clock.advance(10);
      await store.create(draft('new'));
      const [first, second, third] = await Promise.all([
        store.claimDue(5000),
        store.claimDue(5000),
        store.claimDue(5000),
      ]);
      const claimed = [first, second, third].filter(Boolean).map((r) => r!.idempotencyKey);
      expect(claimed.sort()).toEqual(['new', 'old']);
      expect((await store.findByKey('old'))!.attempts).toBe(1);
      expect(await store.claimDue(5000)).toBeUndefined();
    });

    it('a lease that runs out (a worker died mid-way) makes the request due again', async () => {
      await store.create(draft('k3'));
      const first = await store.claimDue(1000);
      expect(first?.leaseToken).toBeDefined();
      clock.advance(999);
      expect(await store.claimDue(1000)).toBeUndefined();
      clock.advance(1);
      const second = await store.claimDue(1000);
      expect(second).toMatchObject({ idempotencyKey: 'k3', attempts: 2 });
      expect(second!.leaseToken).not.toBe(first!.leaseToken);
    });

    it('a failure schedules a retry; only the current lease holder may record it', async () => {
      await store.create(draft('k4'));
      const lease = (await store.claimDue(1000))!;
      await store.markFailed('k4', 'someone-else', new Date(clock.now().getTime() + 1), 'Stale');
      expect((await store.findByKey('k4'))!.state).toBe('pending');
      await store.markFailed(
        'k4',
        lease.leaseToken!,
        new Date(clock.now().getTime() + 60000),
        'CollectionUnavailableError',
      );
      expect(await store.findByKey('k4')).toMatchObject({
        state: 'failed-retrying',
        lastError: 'CollectionUnavailableError',
        attempts: 1,
      });
      expect(await store.claimDue(1000)).toBeUndefined();
      clock.advance(60000);
      expect(await store.claimDue(1000)).toMatchObject({ idempotencyKey: 'k4', attempts: 2 });
    });

    it('refused for good is final for the outbox: never leased again, counted, only by the lease holder', async () => {
      await store.create(draft('k9'));
      const lease = (await store.claimDue(1000))!;
      await store.markRefused('k9', 'someone-else', 'RequestRefusedError');
      expect((await store.findByKey('k9'))!.state).toBe('pending');
      await store.markRefused('k9', lease.leaseToken!, 'RequestRefusedError');
      expect(await store.findByKey('k9')).toMatchObject({
        state: 'refused',
        lastError: 'RequestRefusedError',
      });
      clock.advance(3600000);
      expect(await store.claimDue(1000)).toBeUndefined();
      expect((await store.countByState()).refused).toBe(1);
    });

    it('delivered is final, keeps the receipt and forgets the contact details', async () => {
      const { request } = await store.create(draft('k5'));
      const lease = (await store.claimDue(1000))!;
      await store.markDelivered('k5', receipt(request.reference));
      await store.markFailed('k5', lease.leaseToken!, new Date(clock.now().getTime() + 1), 'Late');
      const stored = (await store.findByKey('k5'))!;
      expect(stored).toMatchObject({
        state: 'delivered',
        receipt: receipt(request.reference),
        reference: request.reference,
      });
      expect(stored.deliveredAt?.getTime()).toBe(clock.now().getTime());
      expect(stored.submission.contact).toEqual({});
      expect(stored.leaseToken).toBeUndefined();
      clock.advance(3600000);
      expect(await store.claimDue(1000)).toBeUndefined();
      expect(await store.countByState()).toEqual({
        pending: 0,
        delivered: 1,
        'failed-retrying': 0,
        refused: 0,
      });
      // A double confirmation after delivery still finds the same request.
      expect(await store.create(draft('k5'))).toMatchObject({
        created: false,
        request: { reference: request.reference, state: 'delivered' },
      });
    });

    it('returns copies: changing a returned request changes nothing stored', async () => {
      const { request } = await store.create(draft('k6'));
      request.submission.cjibNumbers.push('x');
      request.state = 'delivered';
      expect(await store.findByKey('k6')).toMatchObject({
        state: 'pending',
        submission: { cjibNumbers: ['9698948614580658'] },
      });
    });
  });
}
