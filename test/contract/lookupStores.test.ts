import { MemoryLookupAuditLog } from '../../adapters/storage/memoryLookupAuditLog';
import { MemoryLookupLockStore } from '../../adapters/storage/memoryLookupLockStore';
import { MongoLookupAuditLog } from '../../adapters/storage/mongoLookupAuditLog';
import { MongoLookupLockStore } from '../../adapters/storage/mongoLookupLockStore';
import type { LookupAuditEntry, LookupAuditLog } from '../../domain/ports/lookupAuditLog';
import type { LockKey, LookupLockStore } from '../../domain/ports/lookupLockStore';
import { useTestMongo } from '../support/suiteMongo';

const MINUTE = 60_000;
const T0 = new Date('2026-11-22T10:00:00Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * MINUTE);

let n = 0;
function keys(): LockKey[] {
  n++;
  return [
    { kind: 'conversation', id: `webchat/conv-${n}` },
    { kind: 'cjibNumber', id: `96989486145806${String(n).padStart(2, '0')}` },
  ];
}

/** The LookupLockStore contract: five failures lock for 15 minutes (DESIGN.md, Fine lookup). */
function lockStoreContract(name: string, make: () => Promise<LookupLockStore>): void {
  describe(`${name} (LookupLockStore contract)`, () => {
    let store: LookupLockStore;
    beforeAll(async () => {
      store = await make();
    });

    it('locks every key at the fifth failure, for 15 minutes', async () => {
      const k = keys();
      for (let i = 1; i <= 4; i++) expect(await store.registerFailure(k, at(i))).toEqual({ failures: i });
      expect(await store.lockedUntil(k, at(4))).toBeUndefined();
      const fifth = await store.registerFailure(k, at(5));
      expect(fifth).toEqual({ failures: 5, lockedUntil: at(20) });
      expect(await store.lockedUntil([k[0]], at(6))).toEqual(at(20));
      expect(await store.lockedUntil([k[1]], at(19))).toEqual(at(20));
      expect(await store.lockedUntil(k, at(20))).toBeUndefined();
    });

    it('counts failures per key: another conversation with the same number adds up', async () => {
      const [conversation, number] = keys();
      const other: LockKey = { kind: 'conversation', id: 'webchat/other-' + n };
      for (let i = 0; i < 3; i++) await store.registerFailure([conversation, number], at(i));
      await store.registerFailure([other, number], at(3));
      const outcome = await store.registerFailure([other, number], at(4));
      expect(outcome.lockedUntil).toEqual(at(19));
      expect(await store.lockedUntil([number], at(5))).toEqual(at(19));
      expect(await store.lockedUntil([other], at(5))).toEqual(at(19));
      // The first conversation is not locked itself, but can no longer try this number.
      expect(await store.lockedUntil([conversation], at(5))).toBeUndefined();
    });

    it('starts from zero after the lock, and forgets failures 15 minutes after the last one', async () => {
      const k = keys();
      for (let i = 0; i < 5; i++) await store.registerFailure(k, at(0));
      expect(await store.registerFailure(k, at(16))).toEqual({ failures: 1 });
      const later = keys();
      for (let i = 0; i < 4; i++) await store.registerFailure(later, at(0));
      expect(await store.registerFailure(later, at(15))).toEqual({ failures: 1 });
    });

    it('clears failures after a success, but not a lock', async () => {
      const k = keys();
      for (let i = 0; i < 4; i++) await store.registerFailure(k, at(0));
      await store.clearFailures(k);
      expect(await store.registerFailure(k, at(1))).toEqual({ failures: 1 });
      const locked = keys();
      for (let i = 0; i < 5; i++) await store.registerFailure(locked, at(0));
      await store.clearFailures(locked);
      expect(await store.lockedUntil(locked, at(1))).toEqual(at(15));
    });
  });
}

/** The LookupAuditLog contract: records come back per conversation, in order. */
function auditContract(name: string, make: () => Promise<LookupAuditLog>): void {
  describe(`${name} (LookupAuditLog contract)`, () => {
    it('keeps each lookup of a conversation, oldest first', async () => {
      const log = await make();
      const found: LookupAuditEntry = {
        at: at(2).toISOString(),
        channelId: 'webchat',
        conversationId: 'c1',
        via: 'cjibNumber',
        outcome: 'found',
        debtorId: 'D01',
        cjibNumberMasked: '••••••••••••0658',
        claimsShown: ['••••••••••••0658'],
      };
      await log.record(structuredClone(found)); // a copy: the expectation below stays what was given
      await log.record({
        at: at(1).toISOString(),
        channelId: 'webchat',
        conversationId: 'c1',
        via: 'cjibNumber',
        outcome: 'postcode_mismatch',
        cjibNumberMasked: '••••••••••••0658',
      });
      await log.record({
        at: at(1).toISOString(),
        channelId: 'telephony',
        conversationId: 'c1',
        via: 'signin',
        outcome: 'token_rejected',
      });
      const entries = await log.forConversation('webchat', 'c1');
      expect(entries.map((e) => e.outcome)).toEqual(['postcode_mismatch', 'found']);
      expect(entries[1]).toEqual(found);
      expect(await log.forConversation('webchat', 'c2')).toEqual([]);
    });
  });
}

lockStoreContract('MemoryLookupLockStore', async () => new MemoryLookupLockStore());
auditContract('MemoryLookupAuditLog', async () => new MemoryLookupAuditLog());

describe('on MongoDB', () => {
  const mongo = useTestMongo();

  lockStoreContract('MongoLookupLockStore', async () => {
    const store = new MongoLookupLockStore(mongo.db);
    await store.ensureIndexes();
    return store;
  });
  auditContract('MongoLookupAuditLog', async () => {
    const log = new MongoLookupAuditLog(mongo.db, 365);
    await log.ensureIndexes();
    return log;
  });

  it('stores no CJIB number or conversation id in readable form, and gives audit records an expiry', async () => {
    const store = new MongoLookupLockStore(mongo.db);
    await store.registerFailure(
      [
        { kind: 'conversation', id: 'webchat/secret-conv' },
        { kind: 'cjibNumber', id: '9698948614580658' },
      ],
      T0,
    );
    const raw = JSON.stringify(await mongo.db.collection('lookupLocks').find({}).toArray());
    expect(raw).not.toContain('9698948614580658');
    expect(raw).not.toContain('secret-conv');
    const log = new MongoLookupAuditLog(mongo.db, 10);
    await log.record({
      at: T0.toISOString(),
      channelId: 'webchat',
      conversationId: 'c9',
      via: 'signin',
      outcome: 'found',
      debtorId: 'D13',
    });
    const doc = await mongo.db.collection('lookupAudit').findOne({ conversationId: 'c9' });
    expect(doc?.expiresAt).toEqual(new Date(T0.getTime() + 10 * 24 * 60 * MINUTE));
  });
});
