import { RetentionSweeper } from '../../adapters/storage/retentionSweeper';
import {
  retentionDaysOf,
  retentionRules,
  unknownRetentionCollections,
} from '../../adapters/storage/retentionRules';
import { silentLogger } from '../../domain/ports/logger';
import { startTestMongo, type TestMongo } from '../support/mongo';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-23T12:00:00Z');
const ago = (days: number): Date => new Date(NOW.getTime() - days * DAY);

describe('retention sweeper (works without TTL support)', () => {
  let mongo: TestMongo;
  beforeAll(async () => {
    mongo = await startTestMongo();
  });
  afterAll(async () => mongo?.stop());

  it('deletes what is older than each collection’s retention and keeps the rest', async () => {
    const { db } = mongo;
    await db.collection('botState').insertMany([
      { _id: 'old' as never, json: '{}', updatedAt: ago(91) },
      { _id: 'new' as never, json: '{}', updatedAt: ago(89) },
    ]);
    await db.collection('transcripts').insertMany([
      { _id: 'c1#1' as never, conversationKey: 'c1', seq: 1, text: 'x', at: ago(31) },
      { _id: 'c1#2' as never, conversationKey: 'c1', seq: 2, text: 'y', at: ago(29) },
    ]);
    await db.collection('arrangementRequests').insertMany([
      { _id: 'delivered-long-ago' as never, state: 'delivered', deliveredAt: ago(100) },
      { _id: 'pending' as never, state: 'pending', createdAt: ago(400) }, // never delivered: kept
    ]);
    await db.collection('lookupLocks').insertMany([
      { _id: 'expired' as never, expiresAt: ago(0.01) },
      { _id: 'active' as never, expiresAt: new Date(NOW.getTime() + 60_000) },
    ]);
    await db.collection('staffAccounts').insertOne({ _id: 'agent' as never, createdAt: ago(5000) });

    // Transcripts configured down to 30 days (RETENTION_DAYS=transcripts=30).
    const sweeper = new RetentionSweeper(
      db,
      retentionRules({ transcripts: 30 }),
      { now: () => NOW },
      silentLogger,
    );
    const deleted = await sweeper.sweep();

    expect(deleted).toMatchObject({ botState: 1, transcripts: 1, arrangementRequests: 1, lookupLocks: 1 });
    const ids = async (name: string) =>
      (await db.collection(name).find({}).toArray()).map((d) => String(d._id)).sort();
    expect(await ids('botState')).toEqual(['new']);
    expect(await ids('transcripts')).toEqual(['c1#2']);
    expect(await ids('arrangementRequests')).toEqual(['pending']);
    expect(await ids('lookupLocks')).toEqual(['active']);
    expect(await ids('staffAccounts')).toEqual(['agent']);
  });

  it('creates TTL indexes for real MongoDB where no store indexes the field', async () => {
    const sweeper = new RetentionSweeper(
      mongo.db,
      retentionRules({ callbackRequests: 7 }),
      { now: () => NOW },
      silentLogger,
    );
    await sweeper.ensureTtlIndexes();
    const indexes = await mongo.db.collection('callbackRequests').listIndexes().toArray();
    const ttl = indexes.find((i) => i.key?.createdAt === 1);
    expect(ttl?.expireAfterSeconds).toBe(7 * 86400);
  });

  it('periodic sweeping starts and stops cleanly', async () => {
    const sweeper = new RetentionSweeper(mongo.db, retentionRules(), { now: () => NOW }, silentLogger);
    sweeper.start(60_000);
    await sweeper.stop();
  });

  it('knows the configured days and rejects unknown collection names', () => {
    expect(retentionDaysOf('transcripts')).toBe(90);
    expect(retentionDaysOf('transcripts', { transcripts: 14 })).toBe(14);
    expect(unknownRetentionCollections({ transcripts: 1, transcirpts: 2 })).toEqual(['transcirpts']);
  });
});
