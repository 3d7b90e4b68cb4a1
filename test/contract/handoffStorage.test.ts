import type { Db } from 'mongodb';
import { MemoryCallbackStore } from '../../adapters/storage/memoryCallbackStore';
import { MemoryHandoffOutbox } from '../../adapters/storage/memoryHandoffOutbox';
import { MemoryHandoffStore } from '../../adapters/storage/memoryHandoffStore';
import { MemoryStaffAccounts, MemoryStaffSessions } from '../../adapters/storage/memoryStaffAccounts';
import { MemoryTranscriptStore } from '../../adapters/storage/memoryTranscriptStore';
import { MongoCallbackStore } from '../../adapters/storage/mongoCallbackStore';
import { MongoHandoffOutbox } from '../../adapters/storage/mongoHandoffOutbox';
import { MongoHandoffStore } from '../../adapters/storage/mongoHandoffStore';
import { MongoStaffAccounts, MongoStaffSessions } from '../../adapters/storage/mongoStaffAccounts';
import { MongoTranscriptStore } from '../../adapters/storage/mongoTranscriptStore';
import { HandoffConflictError, type HandoffCase } from '../../domain/handoff/handoffCase';
import type { CallbackStore } from '../../domain/ports/callbackStore';
import type { HandoffOutbox } from '../../domain/ports/handoffOutbox';
import type { HandoffStore } from '../../domain/ports/handoffStore';
import type { StaffAccounts, StaffSessions } from '../../domain/ports/staffAccounts';
import type { TranscriptStore } from '../../domain/ports/transcriptStore';
import { useTestMongo } from '../support/suiteMongo';

interface Stores {
  handoffs: HandoffStore;
  outbox: HandoffOutbox;
  transcript: TranscriptStore;
  callbacks: CallbackStore;
  accounts: StaffAccounts;
  sessions: StaffSessions;
}

const T0 = new Date('2026-11-23T09:00:00Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

function newCase(key: string, queuedAt: Date): HandoffCase {
  return {
    conversationKey: key,
    status: 'queued',
    version: 0,
    reason: 'citizen_request',
    locale: 'nl',
    summary: {
      locale: 'nl',
      channelId: 'webchat',
      reason: 'citizen_request',
      assistantSaid: [],
      lastMessages: [],
    },
    reference: { conversation: { id: key }, serviceUrl: 'http://localhost/' },
    route: 'console',
    queuedAt,
    updatedAt: queuedAt,
  };
}

/** One suite for every handoff-related storage port; each adapter pair must pass it. */
function handoffStorageContract(name: string, make: () => Promise<Stores>): void {
  describe(`${name} (handoff storage contract)`, () => {
    let s: Stores;
    beforeEach(async () => {
      s = await make();
    });

    it('saves a case with versions and refuses a stale version', async () => {
      const first = await s.handoffs.save(newCase('webchat/a', at(0)), 0);
      expect(first.version).toBe(1);
      await expect(s.handoffs.save(newCase('webchat/a', at(0)), 0)).rejects.toBeInstanceOf(
        HandoffConflictError,
      );
      const claimed = await s.handoffs.save(
        { ...first, status: 'with_agent', agent: { username: 'ann', displayName: 'Ann', role: 'agent' } },
        1,
      );
      expect(claimed.version).toBe(2);
      await expect(s.handoffs.save({ ...first, status: 'with_agent' }, 1)).rejects.toBeInstanceOf(
        HandoffConflictError,
      );
      const read = await s.handoffs.get('webchat/a');
      expect(read).toMatchObject({
        status: 'with_agent',
        version: 2,
        agent: { username: 'ann' },
        queuedAt: at(0),
      });
      expect(await s.handoffs.get('webchat/none')).toBeUndefined();
    });

    it('of two concurrent claims exactly one wins', async () => {
      const queued = await s.handoffs.save(newCase('webchat/b', at(0)), 0);
      const results = await Promise.allSettled(
        ['ann', 'bob'].map((u) =>
          s.handoffs.save(
            { ...queued, status: 'with_agent', agent: { username: u, displayName: u, role: 'agent' } },
            queued.version,
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });

    it('lists by status in queue order and counts who is ahead', async () => {
      await s.handoffs.save(newCase('webchat/c2', at(20)), 0);
      await s.handoffs.save(newCase('webchat/c1', at(10)), 0);
      await s.handoffs.save({ ...newCase('webchat/c0', at(0)), status: 'closed' }, 0);
      expect((await s.handoffs.list(['queued'], 10)).map((c) => c.conversationKey)).toEqual([
        'webchat/c1',
        'webchat/c2',
      ]);
      expect(await s.handoffs.countQueuedBefore(at(20))).toBe(1);
      expect(await s.handoffs.countQueuedBefore(at(10))).toBe(0);
    });

    it('records the told queue position once per change', async () => {
      await s.handoffs.save(newCase('webchat/d', at(0)), 0);
      expect(await s.handoffs.setToldPosition('webchat/d', undefined, 3)).toBe(true);
      expect(await s.handoffs.setToldPosition('webchat/d', undefined, 3)).toBe(false);
      expect(await s.handoffs.setToldPosition('webchat/d', 3, 2)).toBe(true);
      expect((await s.handoffs.get('webchat/d'))?.toldPosition).toBe(2);
    });

    it('delivers each outbox message to exactly one claimant, in order, and retries stale claims', async () => {
      const base = { locale: 'nl', reference: { a: 1 } };
      await s.outbox.add({
        ...base,
        conversationKey: 'webchat/e1',
        kind: 'agent_message',
        text: 'eerste',
        createdAt: at(1),
      });
      await s.outbox.add({
        ...base,
        conversationKey: 'webchat/e2',
        kind: 'agent_message',
        text: 'tweede',
        createdAt: at(2),
      });
      // Three workers at once: two get one message each, the third gets nothing (in any order).
      const results = await Promise.all([
        s.outbox.claimNext(at(3), at(-30)),
        s.outbox.claimNext(at(3), at(-30)),
        s.outbox.claimNext(at(3), at(-30)),
      ]);
      const claimed = results.filter((r) => r !== undefined).sort((a, b) => a!.text!.localeCompare(b!.text!));
      expect(claimed.map((r) => r!.text)).toEqual(['eerste', 'tweede']);
      expect(results.filter((r) => r === undefined)).toHaveLength(1);
      const [one, two] = claimed;
      await s.outbox.markDelivered(one!.id);
      expect(await s.outbox.claimNext(at(4), at(-30))).toBeUndefined();
      const again = await s.outbox.claimNext(at(100), at(50));
      expect(again?.id).toBe(two!.id);
      expect(again?.attempts).toBe(2);
      await s.outbox.release(again!.id, false);
      expect((await s.outbox.claimNext(at(101), at(50)))?.id).toBe(two!.id);
    });

    it('delivers one message at a time per conversation, oldest first', async () => {
      const base = { locale: 'nl', reference: {}, kind: 'agent_message' as const };
      await s.outbox.add({ ...base, conversationKey: 'webchat/x', text: 'x1', createdAt: at(1) });
      await s.outbox.add({ ...base, conversationKey: 'webchat/x', text: 'x2', createdAt: at(2) });
      await s.outbox.add({ ...base, conversationKey: 'webchat/y', text: 'y1', createdAt: at(3) });
      const first = await s.outbox.claimNext(at(4), at(-30));
      const second = await s.outbox.claimNext(at(4), at(-30));
      expect([first?.text, second?.text]).toEqual(['x1', 'y1']);
      expect(await s.outbox.claimNext(at(4), at(-30))).toBeUndefined();
      await s.outbox.markDelivered(first!.id);
      expect((await s.outbox.claimNext(at(5), at(-30)))?.text).toBe('x2');
    });

    it('gives concurrent first entries of a new conversation distinct numbers (none lost)', async () => {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          s.transcript.append('webchat/race', [{ role: 'citizen', text: `m${i}`, at: at(i) }]),
        ),
      );
      const numbers = results.flat().map((e) => e.seq);
      expect(new Set(numbers).size).toBe(30);
      expect(await s.transcript.list('webchat/race')).toHaveLength(30);
    });

    it('numbers transcript entries per conversation and reads them in order', async () => {
      await s.transcript.append('webchat/f', [
        { role: 'citizen', text: 'hallo', at: at(1) },
        { role: 'assistant', text: 'dag', at: at(2) },
      ]);
      await s.transcript.append('webchat/g', [{ role: 'citizen', text: 'other', at: at(1) }]);
      const added = await s.transcript.append('webchat/f', [
        { role: 'agent', text: 'Ik help u', at: at(3), author: 'Ann' },
      ]);
      expect(added.map((e) => e.seq)).toEqual([3]);
      expect((await s.transcript.list('webchat/f')).map((e) => [e.seq, e.role, e.text])).toEqual([
        [1, 'citizen', 'hallo'],
        [2, 'assistant', 'dag'],
        [3, 'agent', 'Ik help u'],
      ]);
      expect((await s.transcript.list('webchat/f', 2)).map((e) => e.author)).toEqual(['Ann']);
      expect((await s.transcript.latest('webchat/f', 2)).map((e) => e.seq)).toEqual([2, 3]);
    });

    it('keeps open callback requests until marked done', async () => {
      const summary = newCase('x', at(0)).summary;
      const base = {
        conversationKey: 'webchat/h',
        partOfDay: 'morning' as const,
        locale: 'nl',
        reason: 'citizen_request' as const,
        summary,
      };
      const later = await s.callbacks.add({ ...base, phone: '0612345678', createdAt: at(2) });
      await s.callbacks.add({ ...base, phone: '0687654321', createdAt: at(1) });
      expect((await s.callbacks.listOpen(10)).map((r) => r.phone)).toEqual(['0687654321', '0612345678']);
      expect(await s.callbacks.markDone(later.id, 'ann', at(3))).toBe(true);
      expect(await s.callbacks.markDone(later.id, 'ann', at(3))).toBe(false);
      expect((await s.callbacks.listOpen(10)).map((r) => r.phone)).toEqual(['0687654321']);
      // A call that did not reach the citizen is done too, with that outcome.
      const [other] = await s.callbacks.listOpen(10);
      expect(await s.callbacks.markDone(other.id, 'ann', at(4), 'unreachable')).toBe(true);
      expect(await s.callbacks.listOpen(10)).toEqual([]);
    });

    it('puts a case whose citizen is in distress or cannot pay ahead of earlier ones', async () => {
      await s.handoffs.save(newCase('webchat/p1', at(1)), 0);
      await s.handoffs.save({ ...newCase('webchat/p2', at(2)), priority: true }, 0);
      await s.handoffs.save(newCase('webchat/p3', at(3)), 0);
      expect((await s.handoffs.list(['queued'], 10)).map((c) => c.conversationKey)).toEqual([
        'webchat/p2',
        'webchat/p1',
        'webchat/p3',
      ]);
      expect(await s.handoffs.countQueuedBefore(at(2), true)).toBe(0);
      expect(await s.handoffs.countQueuedBefore(at(1), false)).toBe(1);
      expect(await s.handoffs.countQueuedBefore(at(3), false)).toBe(2);
    });

    it('stores staff accounts and expiring sessions', async () => {
      await s.accounts.save({ username: 'ann', displayName: 'Ann', role: 'agent', passwordHash: 'h1' });
      await s.accounts.save({
        username: 'ann',
        displayName: 'Ann B',
        role: 'supervisor',
        passwordHash: 'h2',
      });
      expect(await s.accounts.find('ann')).toEqual({
        username: 'ann',
        displayName: 'Ann B',
        role: 'supervisor',
        passwordHash: 'h2',
      });
      expect(await s.accounts.find('nobody')).toBeUndefined();
      await s.sessions.create({
        id: 's1',
        username: 'ann',
        displayName: 'Ann',
        role: 'agent',
        csrfToken: 'c',
        expiresAt: at(60),
      });
      expect(await s.sessions.find('s1', at(30))).toMatchObject({ username: 'ann', csrfToken: 'c' });
      expect(await s.sessions.find('s1', at(61))).toBeUndefined();
      await s.sessions.create({
        id: 's2',
        username: 'ann',
        displayName: 'Ann',
        role: 'agent',
        csrfToken: 'c',
        expiresAt: at(60),
      });
      await s.sessions.delete('s2');
      expect(await s.sessions.find('s2', at(1))).toBeUndefined();
    });
  });
}

handoffStorageContract('in-memory', async () => ({
  handoffs: new MemoryHandoffStore(),
  outbox: new MemoryHandoffOutbox(),
  transcript: new MemoryTranscriptStore(),
  callbacks: new MemoryCallbackStore(),
  accounts: new MemoryStaffAccounts(),
  sessions: new MemoryStaffSessions(),
}));

describe('on MongoDB', () => {
  const mongo = useTestMongo();
  handoffStorageContract('MongoDB', async () => {
    const db: Db = mongo.db;
    const suffix = mongo.nextSuffix();
    const stores = {
      handoffs: new MongoHandoffStore(db, `handoffCases${suffix}`),
      outbox: new MongoHandoffOutbox(db, `handoffOutbox${suffix}`),
      transcript: new MongoTranscriptStore(db, 90, `transcripts${suffix}`),
      callbacks: new MongoCallbackStore(db, `callbackRequests${suffix}`),
      accounts: new MongoStaffAccounts(db, `staffAccounts${suffix}`),
      sessions: new MongoStaffSessions(db, `staffSessions${suffix}`),
    };
    await Promise.all([
      stores.handoffs.ensureIndexes(),
      stores.outbox.ensureIndexes(),
      stores.transcript.ensureIndexes(),
      stores.callbacks.ensureIndexes(),
      stores.sessions.ensureIndexes(),
    ]);
    return stores;
  });
});
