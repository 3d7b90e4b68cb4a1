import type { TurnContext } from 'botbuilder';
import { lockKeyId } from '../../adapters/storage/lockKeyId';
import { MemoryStateStorage } from '../../adapters/storage/memoryStateStorage';
import { SnapshotConversationState, SnapshotUserState } from '../../bot/snapshotBotState';
import { ConversationEraser } from '../../adapters/storage/retentionErasure';
import { erase, parseEraseArgs } from '../../scripts/erase';
import { startTestMongo, type TestMongo } from '../support/mongo';
import { startTestApp } from '../support/testApp';

/** Seeds what the assistant keeps about one conversation, in the shapes the stores write. */
async function seedConversation(
  mongo: TestMongo,
  channel: string,
  id: string,
  debtorId?: string,
): Promise<void> {
  const key = `${channel}/${id}`;
  const db = mongo.db;
  // Under the keys botbuilder's states use: the conversation's, and the citizen's own it names.
  const conversationKey = new SnapshotConversationState(new MemoryStateStorage()).getStorageKey({
    activity: { channelId: channel, conversation: { id } },
  } as TurnContext)!;
  const userKey = new SnapshotUserState(new MemoryStateStorage()).getStorageKey({
    activity: { channelId: channel, from: { id: `citizen-${id}` } },
  } as TurnContext)!;
  await db.collection('botState').insertMany([
    {
      _id: conversationKey as never,
      json: JSON.stringify({ conversationData: { citizenId: `citizen-${id}` } }),
      updatedAt: new Date(),
    },
    { _id: userKey as never, json: JSON.stringify({ userProfile: { locale: 'en' } }), updatedAt: new Date() },
  ]);
  await db.collection('turnLeases').insertOne({ _id: key as never, holder: 'x', expiresAt: new Date() });
  await db.collection('transcripts').insertMany([
    {
      _id: `${key}#000001` as never,
      conversationKey: key,
      seq: 1,
      role: 'citizen',
      text: 'hallo',
      at: new Date(),
    },
    {
      _id: `${key}#000002` as never,
      conversationKey: key,
      seq: 2,
      role: 'assistant',
      text: 'dag',
      at: new Date(),
    },
  ]);
  await db.collection('transcriptsCounters').insertOne({ _id: key as never, seq: 2 });
  await db.collection('handoffCases').insertOne({
    _id: key as never,
    status: 'closed',
    summary: { identified: debtorId ? { debtorId, cjibNumbers: [] } : undefined },
    updatedAt: new Date(),
  });
  await db
    .collection('handoffOutbox')
    .insertOne({ _id: `${key}-m1` as never, conversationKey: key, kind: 'closed', createdAt: new Date() });
  await db.collection('callbackRequests').insertOne({
    _id: `${key}-cb` as never,
    conversationKey: key,
    phone: '0612345678',
    createdAt: new Date(),
  });
  await db.collection('lookupAudit').insertOne({
    at: new Date().toISOString(),
    channelId: channel,
    conversationId: id,
    via: 'cjibNumber',
    outcome: 'found',
    debtorId,
    expiresAt: new Date(),
  });
  await db.collection('lookupLocks').insertOne({
    _id: lockKeyId({ kind: 'conversation', id: key }) as never,
    failures: 1,
    expiresAt: new Date(),
  });
  await db.collection('directlineConversations').insertOne({
    _id: id as never,
    channelId: channel,
    seq: 1,
    createdAt: new Date(),
    expiresAt: new Date(),
  });
  await db.collection('directlineActivities').insertOne({
    _id: `${id}#1` as never,
    conversationId: id,
    seq: 1,
    json: '{"text":"mijn nummer"}',
    storedAt: new Date(),
    expiresAt: new Date(),
  });
}

async function remaining(mongo: TestMongo): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of [
    'botState',
    'turnLeases',
    'transcripts',
    'transcriptsCounters',
    'handoffCases',
    'handoffOutbox',
    'callbackRequests',
    'lookupAudit',
    'lookupLocks',
    'arrangementRequests',
  ]) {
    out[name] = await mongo.db.collection(name).countDocuments({});
  }
  return out;
}

describe('erasure (npm run erase)', () => {
  let mongo: TestMongo;
  beforeEach(async () => {
    mongo = await startTestMongo();
  });
  afterEach(async () => mongo?.stop());

  it('--conversation removes that conversation everywhere and nothing else', async () => {
    await seedConversation(mongo, 'webchat', 'conv-a');
    await seedConversation(mongo, 'webchat', 'conv-b');
    const report = await erase(
      new ConversationEraser(mongo.db),
      parseEraseArgs(['--conversation', 'conv-a']),
    );
    // What one seeded conversation leaves: erased from conv-a, still there for conv-b.
    const oneConversation = {
      botState: 2, // the conversation's state and the citizen's own
      turnLeases: 1,
      transcripts: 2,
      transcriptsCounters: 1,
      handoffCases: 1,
      handoffOutbox: 1,
      callbackRequests: 1,
      lookupAudit: 1,
      lookupLocks: 1,
    };
    expect(report).toMatchObject({
      ...oneConversation,
      directlineActivities: 1,
      directlineConversations: 1,
    });
    expect(await remaining(mongo)).toEqual({ ...oneConversation, arrangementRequests: 0 });
  });

  it('--debtor removes every conversation where the debtor was identified, and delivered requests; keeps pending ones', async () => {
    await seedConversation(mongo, 'webchat', 'conv-1', 'D01');
    await seedConversation(mongo, 'telephony', 'call-7', 'D01');
    await seedConversation(mongo, 'webchat', 'conv-other', 'D02');
    await mongo.db.collection('arrangementRequests').insertMany([
      { _id: 'k1' as never, state: 'delivered', submission: { debtorId: 'D01' } },
      { _id: 'k2' as never, state: 'pending', submission: { debtorId: 'D01' } },
      { _id: 'k3' as never, state: 'delivered', submission: { debtorId: 'D02' } },
    ]);
    const report = await erase(new ConversationEraser(mongo.db), parseEraseArgs(['--debtor', 'D01']));
    expect(report).toMatchObject({
      conversations: 2,
      botState: 4,
      transcripts: 4,
      arrangementRequests: 1,
      arrangementRequestsKept: 1,
    });
    const left = await remaining(mongo);
    expect(left).toMatchObject({
      botState: 2,
      transcripts: 2,
      handoffCases: 1,
      lookupAudit: 1,
      arrangementRequests: 2,
    });
  });

  it('erases what a real conversation through the assistant left, including the citizen’s chosen language', async () => {
    const app = await startTestApp({ MONGODB_URI: mongo.uri, MONGODB_DB: mongo.db.databaseName });
    try {
      const c = app.conversation();
      await c.start();
      await c.say('Can we speak English please?');
      await c.say('Ik wil een betalingsregeling');
      const states = mongo.db.collection('botState');
      const mine = { _id: { $regex: new RegExp(`/(conversations/${c.id}|users/${c.userId})/$`) } } as never;
      expect(await states.countDocuments(mine)).toBe(2);
      await erase(new ConversationEraser(mongo.db), parseEraseArgs(['--conversation', c.id]));
      expect(await states.countDocuments(mine)).toBe(0);
      expect(
        await mongo.db.collection('transcripts').countDocuments({ conversationKey: `webchat/${c.id}` }),
      ).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('treats hostile ids as plain text: no operator, no regex wildcard', async () => {
    await seedConversation(mongo, 'webchat', 'conv-a');
    const eraser = new ConversationEraser(mongo.db);
    for (const id of ['.*', '^', 'conv-.*', '{"$ne":null}', '$ne']) await eraser.eraseConversation(id);
    await eraser.eraseDebtor('{"$gt":""}');
    await eraser.eraseConversation({ $ne: null } as unknown as string);
    await eraser.eraseDebtor({ $ne: null } as unknown as string);
    expect((await remaining(mongo)).botState).toBe(2);
    expect((await remaining(mongo)).transcripts).toBe(2);
  });

  it('parses its arguments strictly', () => {
    expect(parseEraseArgs(['--conversation', 'c1', '--channel', 'sms'])).toEqual({
      conversation: 'c1',
      channel: 'sms',
    });
    expect(() => parseEraseArgs([])).toThrow(/exactly one/);
    expect(() => parseEraseArgs(['--conversation', 'c', '--debtor', 'd'])).toThrow(/exactly one/);
    expect(() => parseEraseArgs(['--debtor'])).toThrow(/needs a value/);
    expect(() => parseEraseArgs(['--everything'])).toThrow(/unknown argument/);
  });
});
