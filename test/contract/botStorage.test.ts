import { MemoryStorage, type Storage } from 'botbuilder';
import { MemoryStateStorage } from '../../adapters/storage/memoryStateStorage';
import { MongoStorage } from '../../adapters/storage/mongoStorage';
import { useTestMongo } from '../support/suiteMongo';

/** The botbuilder Storage contract, run against MemoryStorage (the reference) and MongoStorage. */
function storageContract(
  name: string,
  makeStorage: () => Promise<Storage>,
  /** Ours also give a written item its new eTag (botbuilder's MemoryStorage does not). */
  carriesETag = true,
): void {
  describe(`${name} (botbuilder Storage contract)`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await makeStorage();
    });

    it('reads back what it wrote, with an eTag', async () => {
      await storage.write({ a: { count: 1, nested: { 'dotted.key': true, $dollar: 'x' } } });
      const items = await storage.read(['a', 'missing']);
      expect(items.a).toMatchObject({ count: 1, nested: { 'dotted.key': true, $dollar: 'x' } });
      expect(typeof items.a.eTag).toBe('string');
      expect(items.missing).toBeUndefined();
    });

    it('writes when the eTag matches and changes the eTag', async () => {
      await storage.write({ b: { count: 1 } });
      const first = (await storage.read(['b'])).b;
      await storage.write({ b: { ...first, count: 2 } });
      const second = (await storage.read(['b'])).b;
      expect(second.count).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('refuses a write with a stale eTag and keeps the newer data', async () => {
      await storage.write({ c: { count: 1 } });
      const stale = (await storage.read(['c'])).c;
      await storage.write({ c: { ...stale, count: 2 } });
      await expect(storage.write({ c: { ...stale, count: 3 } })).rejects.toThrow(/etag/i);
      expect((await storage.read(['c'])).c.count).toBe(2);
    });

    it('overwrites with eTag "*" or without eTag', async () => {
      await storage.write({ d: { count: 1 } });
      await storage.write({ d: { count: 2, eTag: '*' } });
      expect((await storage.read(['d'])).d.count).toBe(2);
      await storage.write({ d: { count: 3 } });
      expect((await storage.read(['d'])).d.count).toBe(3);
    });

    it('only one of two concurrent writers with the same eTag wins', async () => {
      await storage.write({ e: { count: 0 } });
      const base = (await storage.read(['e'])).e;
      const results = await Promise.allSettled([
        storage.write({ e: { ...base, count: 1 } }),
        storage.write({ e: { ...base, count: 2 } }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });

    it('answers reads made at the same time each with their own items', async () => {
      await storage.write({ g: { x: 1 }, h: { x: 2 } });
      const [g, h, both, none] = await Promise.all([
        storage.read(['g']),
        storage.read(['h']),
        storage.read(['g', 'h']),
        storage.read(['missing']),
      ]);
      expect(Object.keys(g)).toEqual(['g']);
      expect(h.h.x).toBe(2);
      expect([both.g.x, both.h.x]).toEqual([1, 2]);
      expect(none).toEqual({});
    });

    if (carriesETag)
      it('gives a written item its new eTag, so saving it again still compares', async () => {
        const item: Record<string, unknown> = { count: 1 };
        await storage.write({ i: item });
        expect(item.eTag).toBe((await storage.read(['i'])).i.eTag);
        item.count = 2;
        await storage.write({ i: item }); // the same object again: its eTag is the stored one
        const stale = { ...(await storage.read(['i'])).i };
        item.count = 3;
        await storage.write({ i: item });
        await expect(storage.write({ i: { ...stale, count: 4 } })).rejects.toThrow(/etag conflict/i);
        expect((await storage.read(['i'])).i.count).toBe(3);
      });

    it('deletes', async () => {
      await storage.write({ f: { x: 1 } });
      await storage.delete(['f']);
      expect((await storage.read(['f'])).f).toBeUndefined();
    });
  });
}

storageContract('botbuilder MemoryStorage (the reference)', async () => new MemoryStorage(), false);
storageContract('MemoryStateStorage', async () => new MemoryStateStorage());

describe('MongoStorage on MongoDB', () => {
  const mongo = useTestMongo();
  storageContract('MongoStorage', async () => {
    const storage = new MongoStorage(mongo.db, `state${mongo.nextSuffix()}`);
    await storage.ensureIndexes();
    return storage;
  });
});
