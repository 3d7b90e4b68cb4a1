import { MemoryArrangementRequestStore } from '../../adapters/storage/memoryArrangementRequestStore';
import { MongoArrangementRequestStore } from '../../adapters/storage/mongoArrangementRequestStore';
import { useTestMongo } from '../support/suiteMongo';
import { arrangementRequestStoreContract, draft } from './arrangementRequestStoreContract';

arrangementRequestStoreContract(
  'MemoryArrangementRequestStore',
  async (clock) => new MemoryArrangementRequestStore(clock),
);

describe('MongoArrangementRequestStore on MongoDB', () => {
  const mongo = useTestMongo();
  arrangementRequestStoreContract('MongoArrangementRequestStore', async (clock) => {
    const store = new MongoArrangementRequestStore(mongo.db, {
      collectionName: `arrangementRequests${mongo.nextSuffix()}`,
      clock,
    });
    await store.ensureIndexes();
    return store;
  });

  it('keeps references unique with an index, and finds another on a collision', async () => {
    const collection = mongo.db.collection('arrangementRequests_collision');
    const store = new MongoArrangementRequestStore(mongo.db, {
      collectionName: 'arrangementRequests_collision',
    });
    await store.ensureIndexes();
    const first = await store.create(draft('first'));
    // Another key arriving with a reference that is already taken must not be lost.
    await expect(
      collection.insertOne({ _id: 'clash', reference: first.request.reference } as never),
    ).rejects.toMatchObject({ code: 11000 });
    const second = await store.create(draft('second'));
    expect(second.created).toBe(true);
    expect(second.request.reference).not.toBe(first.request.reference);
  });
});
