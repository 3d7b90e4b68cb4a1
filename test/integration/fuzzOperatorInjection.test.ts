import { MongoDirectLineStore } from '../../adapters/channels/directLine/mongoDirectLineStore';
import { MongoArrangementRequestStore } from '../../adapters/storage/mongoArrangementRequestStore';
import { MongoCallbackStore } from '../../adapters/storage/mongoCallbackStore';
import { MongoHandoffOutbox } from '../../adapters/storage/mongoHandoffOutbox';
import { MongoHandoffStore } from '../../adapters/storage/mongoHandoffStore';
import { MongoLookupAuditLog } from '../../adapters/storage/mongoLookupAuditLog';
import { MongoLookupLockStore } from '../../adapters/storage/mongoLookupLockStore';
import { MongoStaffAccounts, MongoStaffSessions } from '../../adapters/storage/mongoStaffAccounts';
import { MongoStorage } from '../../adapters/storage/mongoStorage';
import { MongoTranscriptStore } from '../../adapters/storage/mongoTranscriptStore';
import { MongoTurnLock } from '../../adapters/storage/mongoTurnLock';
import { startTestMongo, type TestMongo } from '../support/mongo';

/**
 * No repository lets a value from a citizen become a MongoDB operator: every read, update and
 * delete keyed by an id, given `{"$ne": null}`-style objects where a string belongs (what a
 * JSON body could smuggle past a missing check), matches nothing and changes nothing.
 */
const HOSTILE: unknown[] = [
  { $ne: null },
  { $gt: '' },
  { $regex: '.*' },
  { $exists: true },
  { $in: ['demo', 'c1'] },
  { $where: 'true' },
];
const as = <T>(value: unknown): T => value as T;

describe('operator injection: every repository treats ids as plain values', () => {
  let mongo: TestMongo;
  const now = new Date('2026-11-23T12:00:00Z');
  const later = new Date('2026-11-24T12:00:00Z');

  beforeAll(async () => {
    mongo = await startTestMongo();
    const db = mongo.db;
    await db
      .collection('botState')
      .insertOne({ _id: as('webchat/conversations/c1'), eTag: '1', json: '{"secret":1}', updatedAt: now });
    await db
      .collection('handoffCases')
      .insertOne({ _id: as('webchat/c1'), status: 'queued', version: 1, updatedAt: now });
    await db
      .collection('staffAccounts')
      .insertOne({ _id: as('demo'), displayName: 'Demo', role: 'agent', passwordHash: 'x' });
    await db
      .collection('staffSessions')
      .insertOne({
        _id: as('session-hash'),
        username: 'demo',
        displayName: 'Demo',
        role: 'agent',
        expiresAt: later,
      });
    await db
      .collection('lookupAudit')
      .insertOne({
        at: now.toISOString(),
        channelId: 'webchat',
        conversationId: 'c1',
        via: 'cjibNumber',
        outcome: 'found',
        expiresAt: later,
      });
    await db
      .collection('transcripts')
      .insertOne({
        _id: as('webchat/c1#000001'),
        conversationKey: 'webchat/c1',
        seq: 1,
        role: 'citizen',
        text: 'hallo',
        at: now,
      });
    await db
      .collection('arrangementRequests')
      .insertOne({
        _id: as('key-1'),
        reference: 'BR-1',
        state: 'pending',
        submission: {},
        attempts: 0,
        createdAt: now,
        nextAttemptAt: later,
      });
    await db
      .collection('callbackRequests')
      .insertOne({
        _id: as('cb-1'),
        conversationKey: 'webchat/c1',
        phone: '0612345678',
        status: 'open',
        createdAt: now,
      });
    await db
      .collection('handoffOutbox')
      .insertOne({
        _id: as('m-1'),
        conversationKey: 'webchat/c1',
        kind: 'closed',
        status: 'pending',
        attempts: 0,
        createdAt: now,
      });
    await db
      .collection('directlineConversations')
      .insertOne({
        _id: as('dl-1'),
        channelId: 'directline',
        userId: 'u',
        locale: 'nl',
        seq: 1,
        createdAt: now,
        expiresAt: later,
      });
    await db
      .collection('directlineActivities')
      .insertOne({
        _id: as('dl-1#1'),
        conversationId: 'dl-1',
        seq: 1,
        json: '{}',
        storedAt: now,
        expiresAt: later,
      });
  });
  afterAll(async () => mongo?.stop());

  it.each(HOSTILE.map((h) => [JSON.stringify(h), h]))(
    '%s matches nothing in any read',
    async (_name, hostile) => {
      const db = mongo.db;
      expect(await new MongoStorage(db).read([as<string>(hostile)])).toEqual({});
      expect(await new MongoHandoffStore(db).get(as(hostile))).toBeUndefined();
      expect(await new MongoStaffAccounts(db).find(as(hostile))).toBeUndefined();
      expect(await new MongoStaffSessions(db).find(as(hostile), now)).toBeUndefined();
      expect(await new MongoLookupAuditLog(db, 365).forConversation(as(hostile), as(hostile))).toEqual([]);
      expect(await new MongoTranscriptStore(db).list(as(hostile))).toEqual([]);
      expect(await new MongoTranscriptStore(db).latest(as(hostile), 10)).toEqual([]);
      expect(await new MongoArrangementRequestStore(db).findByKey(as(hostile))).toBeUndefined();
      expect(
        await new MongoLookupLockStore(db).lockedUntil([{ kind: 'conversation', id: as(hostile) }], now),
      ).toBeUndefined();
      expect(await new MongoDirectLineStore(db).getConversation(as(hostile))).toBeUndefined();
      expect(await new MongoDirectLineStore(db).listAfter(as(hostile), 0, 10)).toEqual([]);
    },
  );

  it.each(HOSTILE.map((h) => [JSON.stringify(h), h]))(
    '%s changes and deletes nothing',
    async (_name, hostile) => {
      const db = mongo.db;
      await new MongoStorage(db).delete([as(hostile)]);
      await new MongoStaffSessions(db).delete(as(hostile));
      expect(await new MongoCallbackStore(db).markDone(as(hostile), 'agent', now)).toBe(false);
      await new MongoHandoffOutbox(db).markDelivered(as(hostile));
      await new MongoHandoffOutbox(db).release(as(hostile), true);
      await new MongoArrangementRequestStore(db).markDelivered(as(hostile), {
        reference: 'BR-X',
        status: 'received',
      });
      await new MongoTurnLock(db, { leaseMs: 1000 }).runExclusive(as(hostile), async () => undefined);

      expect(await db.collection('botState').countDocuments({})).toBe(1);
      expect(await db.collection('staffSessions').countDocuments({})).toBe(1);
      expect((await db.collection('callbackRequests').findOne({}))?.status).toBe('open');
      expect((await db.collection('handoffOutbox').findOne({}))?.status).toBe('pending');
      expect((await db.collection('arrangementRequests').findOne({}))?.state).toBe('pending');
    },
  );
});
