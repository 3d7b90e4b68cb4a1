/** The Direct Line store: MongoDB and in-memory pass the same suite. */
import { DirectLineConversations } from '../../adapters/channels/directLine/directLineConversations';
import type { DirectLineStore } from '../../adapters/channels/directLine/directLineStore';
import { MemoryDirectLineStore } from '../../adapters/channels/directLine/memoryDirectLineStore';
import {
  DIRECTLINE_ACTIVITIES,
  MongoDirectLineStore,
} from '../../adapters/channels/directLine/mongoDirectLineStore';
import { ConversationEraser } from '../../adapters/storage/retentionErasure';
import { silentLogger } from '../../domain/ports/logger';
import { startTestMongo, type TestMongo } from '../support/mongo';

const HOUR = 3600_000;
const t0 = new Date('2026-11-22T10:00:00Z');

function record(id: string, at = t0) {
  return {
    id,
    channelId: 'webchat',
    userId: 'dl_u',
    createdAt: at,
    expiresAt: new Date(at.getTime() + 24 * HOUR),
  };
}

function storeContract(name: string, make: () => Promise<DirectLineStore>) {
  describe(`Direct Line store: ${name}`, () => {
    let store: DirectLineStore;
    beforeEach(async () => {
      store = await make();
      await store.ensureIndexes();
    });

    it('creates a conversation once', async () => {
      expect(await store.createConversation(record('c1'))).toBe(true);
      expect(await store.createConversation({ ...record('c1'), userId: 'dl_other' })).toBe(false);
      expect((await store.getConversation('c1'))?.userId).toBe('dl_u');
      expect(await store.getConversation('nope')).toBeUndefined();
    });

    it('numbers activities 1, 2, 3 … and lists them after a watermark', async () => {
      await store.createConversation(record('c2'));
      const later = new Date(t0.getTime() + 48 * HOUR);
      for (const text of ['a', 'b', 'c'])
        await store.append('c2', (seq) => ({ type: 'message', text, seq, $schema: 'x' }), t0, later);
      const all = await store.listAfter('c2', 0, 10);
      expect(all.map((a) => [a.seq, a.activity.text, a.activity.seq])).toEqual([
        [1, 'a', 1],
        [2, 'b', 2],
        [3, 'c', 3],
      ]);
      // Keys that MongoDB would refuse as field names survive (Adaptive Cards carry "$schema").
      expect(all[0].activity.$schema).toBe('x');
      expect((await store.listAfter('c2', 2, 10)).map((a) => a.seq)).toEqual([3]);
      expect(await store.listAfter('c2', 1, 1)).toHaveLength(1);
      expect((await store.lastSeqs(['c2', 'missing'])).get('c2')).toBe(3);
      await expect(store.append('missing', () => ({}), t0, later)).rejects.toThrow(/not found/);
    });

    it('gives concurrent appends distinct sequence numbers', async () => {
      await store.createConversation(record('c3'));
      await Promise.all(
        Array.from({ length: 15 }, (_, i) => store.append('c3', () => ({ text: String(i) }), t0, t0)),
      );
      expect((await store.listAfter('c3', 0, 100)).map((a) => a.seq)).toEqual(
        Array.from({ length: 15 }, (_, i) => i + 1),
      );
    });

    it('deletes conversations and their activities once retention has passed, but not a live one', async () => {
      await store.createConversation(record('old'));
      await store.append('old', () => ({ text: 'x' }), t0, new Date(t0.getTime() + 24 * HOUR));
      await store.createConversation(record('live'));
      await store.append('live', () => ({ text: 'y' }), t0, new Date(t0.getTime() + 72 * HOUR));
      expect(await store.deleteExpired(new Date(t0.getTime() + 30 * HOUR))).toBe(1);
      expect(await store.getConversation('old')).toBeUndefined();
      expect(await store.listAfter('old', 0, 10)).toEqual([]);
      expect(await store.getConversation('live')).toBeDefined();
    });
  });
}

let mongo: TestMongo;
beforeAll(async () => {
  mongo = await startTestMongo();
});
afterAll(async () => {
  await mongo?.stop();
});

let n = 0;
storeContract('MongoDB', async () => new MongoDirectLineStore(mongo.client.db(`${mongo.dbName}_${n++}`)));
storeContract('memory', async () => new MemoryDirectLineStore());

describe('reading by watermark across instances', () => {
  it('stops before a sequence number another instance has taken but not yet written', async () => {
    const db = mongo.client.db(`${mongo.dbName}_gap`);
    const store = new MongoDirectLineStore(db);
    await store.ensureIndexes();
    let now = t0;
    const conversations = new DirectLineConversations({
      store,
      clock: { now: () => now },
      logger: silentLogger,
      runBot: async () => undefined,
      serviceUrlFor: () => 'http://localhost/',
      retentionMs: 24 * HOUR,
    });
    await store.createConversation(record('gap'));
    await conversations.appendBotActivity('gap', { text: 'one' });
    await conversations.appendBotActivity('gap', { text: 'two' });
    await conversations.appendBotActivity('gap', { text: 'three' });
    // As if the writer of #2 were still on its way: its document is not there yet.
    await db.collection(DIRECTLINE_ACTIVITIES).deleteOne({ conversationId: 'gap', seq: 2 });
    expect(await conversations.activitiesAfter('gap', 0)).toMatchObject({
      activities: [{ text: 'one' }],
      watermark: '1',
    });
    // A writer that never arrives (it died) does not block the conversation for long.
    now = new Date(t0.getTime() + 5000);
    expect(await conversations.activitiesAfter('gap', 1)).toMatchObject({
      activities: [{ text: 'three' }],
      watermark: '3',
    });
  });
});

describe('erasure of a web chat (npm run erase -- --conversation ID)', () => {
  it("removes the Direct Line's conversation and activities, and nothing of other conversations", async () => {
    const db = mongo.client.db(`${mongo.dbName}_erase`);
    const store = new MongoDirectLineStore(db);
    await store.ensureIndexes();
    for (const id of ['erase-me', 'keep-me']) {
      await store.createConversation(record(id));
      await store.append(id, () => ({ text: 'mijn CJIB-nummer is 9698948614580658' }), t0, t0);
    }
    const report = await new ConversationEraser(db).eraseConversation('erase-me');
    expect(report).toMatchObject({ directlineActivities: 1, directlineConversations: 1 });
    expect(await store.getConversation('erase-me')).toBeUndefined();
    expect(await store.listAfter('erase-me', 0, 10)).toEqual([]);
    expect(await store.listAfter('keep-me', 0, 10)).toHaveLength(1);
    // Erasing an SMS conversation leaves web chats alone.
    expect(await new ConversationEraser(db).eraseConversation('keep-me', 'sms')).not.toHaveProperty(
      'directlineActivities',
    );
  });
});
