import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import type { TurnLock } from '../../domain/ports/turnLock';
import { LocalTurnQueue } from './localTurnQueue';
import { isDuplicateKey } from './duplicateKey';

interface LeaseDocument {
  _id: string;
  holder: string;
  expiresAt: Date;
}

export interface MongoTurnLockOptions {
  /** How long a lease lasts; a crashed holder's lease is taken over after this. */
  leaseMs: number;
  /** Give up waiting for another process after this long. */
  waitMs?: number;
}

export class TurnLockTimeoutError extends Error {
  constructor() {
    super('timed out waiting for the conversation lease');
    this.name = 'TurnLockTimeoutError';
  }
}

/**
 * One turn at a time per conversation across processes: a lease document per conversation in
 * MongoDB, taken with an atomic upsert (a held lease makes the upsert fail on the unique _id) and
 * released by its holder. Expired leases are taken over, so a killed process never blocks a citizen.
 */
export class MongoTurnLock implements TurnLock {
  private readonly collection: Collection<LeaseDocument>;
  private readonly local = new LocalTurnQueue();
  private readonly holder = randomUUID();

  constructor(
    db: Db,
    private readonly options: MongoTurnLockOptions,
  ) {
    this.collection = db.collection<LeaseDocument>('turnLeases');
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ expiresAt: 1 });
  }

  runExclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    // A key is always used as a plain string, never as a query object.
    const conversationKey = String(key);
    return this.local.runExclusive(conversationKey, async () => {
      const token = await this.acquire(conversationKey);
      try {
        return await work();
      } finally {
        await this.collection.deleteOne({ _id: conversationKey, holder: token }).catch(() => undefined);
      }
    });
  }

  private async acquire(key: string): Promise<string> {
    const token = `${this.holder}:${randomUUID()}`;
    const deadline = Date.now() + (this.options.waitMs ?? this.options.leaseMs + 5000);
    let pause = 5;
    for (;;) {
      const now = new Date();
      try {
        await this.collection.updateOne(
          { _id: key, expiresAt: { $lt: now } },
          { $set: { holder: token, expiresAt: new Date(now.getTime() + this.options.leaseMs) } },
          { upsert: true },
        );
        return token;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      if (Date.now() > deadline) throw new TurnLockTimeoutError();
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 100);
    }
  }
}
