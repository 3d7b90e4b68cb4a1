import { LocalTurnQueue } from '../../adapters/storage/localTurnQueue';
import { MongoTurnLock } from '../../adapters/storage/mongoTurnLock';
import { startTestMongo, type TestMongo } from '../support/mongo';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('one turn at a time per conversation', () => {
  it('runs turns of one conversation in arrival order, others in parallel (in process)', async () => {
    const queue = new LocalTurnQueue();
    const order: string[] = [];
    await Promise.all([
      queue.runExclusive('a', async () => { await pause(30); order.push('a1'); }),
      queue.runExclusive('a', async () => { order.push('a2'); }),
      queue.runExclusive('b', async () => { order.push('b1'); }),
    ]);
    expect(order).toEqual(['b1', 'a1', 'a2']);
  });

  it('a failing turn does not block the next one', async () => {
    const queue = new LocalTurnQueue();
    await expect(queue.runExclusive('a', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(queue.runExclusive('a', async () => 'next')).resolves.toBe('next');
  });

  describe('across processes (MongoDB lease)', () => {
    let mongo: TestMongo;
    beforeAll(async () => { mongo = await startTestMongo(); });
    afterAll(async () => { await mongo.stop(); });

    it('two lock holders (as two processes) never run the same conversation at once', async () => {
      const first = new MongoTurnLock(mongo.db, { leaseMs: 5000 });
      const second = new MongoTurnLock(mongo.db, { leaseMs: 5000 });
      let running = 0;
      let maxRunning = 0;
      const turn = async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await pause(10);
        running--;
      };
      await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? first : second).runExclusive('conv-1', turn)));
      expect(maxRunning).toBe(1);
    });

    it('takes over the lease of a process that died mid-turn once it expires', async () => {
      await mongo.db.collection('turnLeases').insertOne({ _id: 'conv-2' as never, holder: 'dead', expiresAt: new Date(Date.now() + 200) });
      const lock = new MongoTurnLock(mongo.db, { leaseMs: 5000 });
      const started = Date.now();
      await lock.runExclusive('conv-2', async () => undefined);
      expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    });
  });
});
