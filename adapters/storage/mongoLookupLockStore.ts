import type { Collection, Db } from 'mongodb';
import {
  DEFAULT_LOOKUP_LOCK_POLICY,
  type FailureOutcome,
  type LockKey,
  type LookupLockPolicy,
  type LookupLockStore,
} from '../../domain/ports/lookupLockStore';
import { lockKeyId } from './lockKeyId';

interface LockDocument {
  _id: string;
  failures: number;
  lastFailureAt: Date;
  lockedUntil?: Date;
  /** When the document means nothing any more: TTL index on real MongoDB, removed on access elsewhere. */
  expiresAt: Date;
}

/**
 * Lookup lock-outs in MongoDB: one small document per key, counted with an atomic `$inc` upsert,
 * so attempts from several instances (or two quick messages) are all counted.
 */
export class MongoLookupLockStore implements LookupLockStore {
  private readonly collection: Collection<LockDocument>;

  constructor(
    db: Db,
    private readonly policy: LookupLockPolicy = DEFAULT_LOOKUP_LOCK_POLICY,
  ) {
    this.collection = db.collection<LockDocument>('lookupLocks');
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
  }

  async lockedUntil(keys: LockKey[], now: Date): Promise<Date | undefined> {
    const docs = await this.collection.find({ _id: { $in: keys.map(lockKeyId) } }).toArray();
    const until = docs.map((d) => d.lockedUntil).filter((d): d is Date => d instanceof Date && d > now);
    return until.length ? new Date(Math.max(...until.map((d) => d.getTime()))) : undefined;
  }

  async registerFailure(keys: LockKey[], now: Date): Promise<FailureOutcome> {
    const ids = keys.map(lockKeyId);
    const expiresAt = new Date(now.getTime() + this.policy.lockMs);
    let failures = 0;
    for (const _id of ids) {
      // A key whose failures and lock are over starts again from zero.
      await this.collection.deleteOne({ _id, expiresAt: { $lte: now } });
      const doc = await this.collection.findOneAndUpdate(
        { _id },
        { $inc: { failures: 1 }, $set: { lastFailureAt: now, expiresAt } },
        { upsert: true, returnDocument: 'after' },
      );
      failures = Math.max(failures, doc?.failures ?? 1);
    }
    if (failures < this.policy.maxFailures) return { failures };
    const current = await this.lockedUntil(keys, now);
    if (current) return { failures, lockedUntil: current };
    await this.collection.updateMany({ _id: { $in: ids } }, { $set: { lockedUntil: expiresAt, expiresAt } });
    return { failures, lockedUntil: expiresAt };
  }

  async clearFailures(keys: LockKey[]): Promise<void> {
    await this.collection.updateMany({ _id: { $in: keys.map(lockKeyId) } }, { $set: { failures: 0 } });
  }
}
