import type { Storage, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';

interface StateDocument {
  _id: string;
  eTag: string;
  /** The item as JSON text: keys with dots or dollars in bot state never reach MongoDB as field names. */
  json: string;
  updatedAt: Date;
}

const DUPLICATE_KEY = 11000;

export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: eTag conflict writing "${key}"`);
    this.name = 'ETagConflictError';
  }
}

/**
 * botbuilder `Storage` on MongoDB with eTag compare-and-set, with the semantics of botbuilder's
 * MemoryStorage: no eTag or "*" overwrites; any other eTag must match the stored one.
 */
export class MongoStorage implements Storage {
  private readonly collection: Collection<StateDocument>;

  constructor(db: Db, collectionName = 'botState') {
    this.collection = db.collection<StateDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ updatedAt: 1 });
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const docs = await this.collection.find({ _id: { $in: keys.map(String) } }).toArray();
    const items: StoreItems = {};
    for (const doc of docs) items[doc._id] = { ...JSON.parse(doc.json), eTag: doc.eTag };
    return items;
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
    const next: Omit<StateDocument, '_id'> = { eTag: randomUUID(), json: JSON.stringify(data), updatedAt: new Date() };
    if (typeof expected !== 'string' || expected === '' || expected === '*') {
      await this.collection.replaceOne({ _id: key }, next, { upsert: true });
      return;
    }
    const result = await this.collection.updateOne({ _id: key, eTag: expected }, { $set: next });
    if (result.matchedCount === 1) return;
    // No document with that eTag: either it changed (conflict) or it never existed (first write).
    try {
      await this.collection.insertOne({ _id: key, ...next });
    } catch (err) {
      if ((err as { code?: number }).code === DUPLICATE_KEY) throw new ETagConflictError(key);
      throw err;
    }
  }
}
