import type { Storage, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { ETagConflictError } from './eTagConflictError';
import { isDuplicateKey } from './duplicateKey';

interface StateDocument {
  _id: string;
  eTag: string;
  /** The item as JSON text: keys with dots or dollars in bot state never reach MongoDB as field names. */
  json: string;
  updatedAt: Date;
}

interface ReadBatch {
  keys: Set<string>;
  docs: Promise<Map<string, StateDocument>>;
}

export { ETagConflictError };

/**
 * botbuilder `Storage` on MongoDB with eTag compare-and-set, with the semantics of botbuilder's
 * MemoryStorage: no eTag or "*" overwrites; any other eTag must match the stored one. A written
 * item is given its new eTag, so the same turn can save it again and still compare.
 */
export class MongoStorage implements Storage {
  private readonly collection: Collection<StateDocument>;
  private batch?: ReadBatch;

  constructor(db: Db, collectionName = 'botState') {
    this.collection = db.collection<StateDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ updatedAt: 1 });
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const wanted = keys.map(String);
    const docs = await this.fetch(wanted);
    const items: StoreItems = {};
    for (const key of wanted) {
      const doc = docs.get(key);
      if (!doc) continue;
      const item = JSON.parse(doc.json) as StoreItems[string];
      item.eTag = doc.eTag;
      items[key] = item;
    }
    return items;
  }

  /**
   * Reads asked for in the same tick share one query: a turn loads its conversation and user state
   * together (BotStateSet-style), which is then one database round trip instead of two.
   */
  private fetch(keys: string[]): Promise<Map<string, StateDocument>> {
    if (!this.batch) {
      const batch: ReadBatch = { keys: new Set(), docs: Promise.resolve(new Map()) };
      batch.docs = new Promise((resolve) => process.nextTick(resolve)).then(async () => {
        if (this.batch === batch) this.batch = undefined;
        const docs = await this.collection.find({ _id: { $in: [...batch.keys] } }).toArray();
        return new Map(docs.map((doc) => [doc._id, doc]));
      });
      this.batch = batch;
    }
    for (const key of keys) this.batch.keys.add(key);
    return this.batch.docs;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item ?? {})));
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.collection.deleteMany({ _id: { $in: keys.map(String) } });
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const { eTag: expected, ...data } = item as { eTag?: unknown } & Record<string, unknown>;
    const next: Omit<StateDocument, '_id'> = {
      eTag: randomUUID(),
      json: JSON.stringify(data),
      updatedAt: new Date(),
    };
    if (typeof expected !== 'string' || expected === '' || expected === '*') {
      await this.collection.replaceOne({ _id: key }, next, { upsert: true });
    } else {
      const result = await this.collection.updateOne({ _id: key, eTag: expected }, { $set: next });
      // No document with that eTag: either it changed (conflict) or it never existed (first write).
      if (result.matchedCount !== 1) await this.insertFirst(key, next);
    }
    item.eTag = next.eTag;
  }

  private async insertFirst(key: string, next: Omit<StateDocument, '_id'>): Promise<void> {
    try {
      await this.collection.insertOne({ _id: key, ...next });
    } catch (err) {
      if (isDuplicateKey(err)) throw new ETagConflictError(key);
      throw err;
    }
  }
}
