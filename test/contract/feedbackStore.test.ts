import type { FeedbackStore } from '../../domain/ports/feedbackStore';
import { MemoryFeedbackStore } from '../../adapters/storage/memoryFeedbackStore';
import { MongoFeedbackStore } from '../../adapters/storage/mongoFeedbackStore';
import { startTestMongo, type TestMongo } from '../support/mongo';

/** The FeedbackStore contract; every implementation must pass it. */
function feedbackStoreContract(name: string, create: () => Promise<FeedbackStore>): void {
  describe(`FeedbackStore contract: ${name}`, () => {
    const at = (iso: string) => new Date(iso);

    it('starts empty', async () => {
      const store = await create();
      expect(await store.countsByTopic()).toEqual([]);
    });

    it('counts helpful and not helpful answers per topic, sorted by topic id', async () => {
      const store = await create();
      await store.record({
        topicId: 'scam',
        helpful: true,
        locale: 'nl',
        channelId: 'webchat',
        at: at('2026-01-01T10:00:00Z'),
      });
      await store.record({
        topicId: 'instalments',
        helpful: false,
        locale: 'en',
        channelId: 'msteams',
        at: at('2026-01-01T10:01:00Z'),
      });
      await store.record({
        topicId: 'scam',
        helpful: false,
        locale: 'de',
        channelId: 'telephony',
        at: at('2026-01-01T10:02:00Z'),
      });
      await store.record({
        topicId: 'scam',
        helpful: true,
        locale: 'pl',
        channelId: 'webchat',
        at: at('2026-01-01T10:03:00Z'),
      });
      expect(await store.countsByTopic()).toEqual([
        { topicId: 'instalments', helpful: 0, notHelpful: 1 },
        { topicId: 'scam', helpful: 2, notHelpful: 1 },
      ]);
    });

    it('counts only ratings at or after "since"', async () => {
      const store = await create();
      await store.record({
        topicId: 'photo',
        helpful: true,
        locale: 'nl',
        channelId: 'webchat',
        at: at('2026-01-01T00:00:00Z'),
      });
      await store.record({
        topicId: 'photo',
        helpful: false,
        locale: 'nl',
        channelId: 'webchat',
        at: at('2026-02-01T00:00:00Z'),
      });
      expect(await store.countsByTopic(at('2026-02-01T00:00:00Z'))).toEqual([
        { topicId: 'photo', helpful: 0, notHelpful: 1 },
      ]);
    });

    it('keeps its own copy of the date', async () => {
      const store = await create();
      const when = at('2026-03-01T00:00:00Z');
      await store.record({ topicId: 'contact', helpful: true, locale: 'nl', channelId: 'webchat', at: when });
      when.setUTCFullYear(2000);
      expect(await store.countsByTopic(at('2026-01-01T00:00:00Z'))).toEqual([
        { topicId: 'contact', helpful: 1, notHelpful: 0 },
      ]);
    });
  });
}

feedbackStoreContract('memory', async () => new MemoryFeedbackStore());

let mongo: TestMongo;
let collections = 0;
beforeAll(async () => {
  mongo = await startTestMongo();
});
afterAll(async () => {
  await mongo?.stop();
});

feedbackStoreContract('mongo', async () => {
  // A fresh collection per test keeps the tests independent without drop (unsupported by the embedded server).
  collections += 1;
  const store = new MongoFeedbackStore(mongo.db, `feedback_${collections}`);
  await store.ensureIndexes();
  return store;
});

describe('MongoFeedbackStore', () => {
  it('stores no message text: only topic, rating, locale, channel and time', async () => {
    const store = new MongoFeedbackStore(mongo.db, 'feedback_shape');
    await store.record({
      topicId: 'noodstop',
      helpful: true,
      locale: 'nl',
      channelId: 'webchat',
      at: new Date(),
    });
    const [doc] = await mongo.db.collection('feedback_shape').find({}).toArray();
    expect(Object.keys(doc).sort()).toEqual(['_id', 'at', 'channelId', 'helpful', 'locale', 'topicId']);
  });
});
