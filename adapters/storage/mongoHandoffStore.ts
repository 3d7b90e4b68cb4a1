import type { Collection, Db } from 'mongodb';
import { HandoffConflictError, type HandoffCase, type HandoffStatus } from '../../domain/handoff/handoffCase';
import type { HandoffStore } from '../../domain/ports/handoffStore';
import { isDuplicateKey } from './duplicateKey';

type HandoffDocument = Omit<HandoffCase, 'conversationKey'> & { _id: string };

/** Drops undefined fields, which the driver would otherwise store as null. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function toCase(doc: HandoffDocument): HandoffCase {
  const { _id, ...rest } = doc;
  const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null));
  return { conversationKey: _id, ...clean } as HandoffCase;
}

/**
 * Handoff cases in MongoDB, one document per conversation, saved with compare-and-set on `version`
 * (replaceOne filtered by the version read; a first save is an insert that fails on a duplicate _id).
 */
export class MongoHandoffStore implements HandoffStore {
  private readonly collection: Collection<HandoffDocument>;

  constructor(db: Db, collectionName = 'handoffCases') {
    this.collection = db.collection<HandoffDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ status: 1, queuedAt: 1 });
  }

  async get(conversationKey: string): Promise<HandoffCase | undefined> {
    const doc = await this.collection.findOne({ _id: String(conversationKey) });
    return doc ? toCase(doc) : undefined;
  }

  async save(handoff: HandoffCase, expectedVersion: number): Promise<HandoffCase> {
    const { conversationKey, ...rest } = handoff;
    const saved: HandoffCase = { ...handoff, version: expectedVersion + 1 };
    const doc = defined({
      ...rest,
      _id: String(conversationKey),
      version: expectedVersion + 1,
    }) as HandoffDocument;
    if (expectedVersion === 0) {
      try {
        await this.collection.insertOne(doc);
        return saved;
      } catch (err) {
        if (isDuplicateKey(err)) throw new HandoffConflictError(conversationKey);
        throw err;
      }
    }
    const result = await this.collection.replaceOne(
      { _id: String(conversationKey), version: expectedVersion },
      doc,
    );
    if (result.matchedCount === 0) throw new HandoffConflictError(conversationKey);
    return saved;
  }

  async list(statuses: HandoffStatus[], limit: number): Promise<HandoffCase[]> {
    const docs = await this.collection
      .find({ status: { $in: statuses.map(String) as HandoffStatus[] } })
      // Priority cases (true) first; a missing field sorts after true when descending.
      .sort({ priority: -1, queuedAt: 1 })
      .limit(limit)
      .toArray();
    return docs.map(toCase);
  }

  async countQueuedBefore(queuedAt: Date, priority = false): Promise<number> {
    const before = { queuedAt: { $lt: new Date(queuedAt.getTime()) } };
    return this.collection.countDocuments(
      priority
        ? { status: 'queued', priority: true, ...before }
        : { status: 'queued', $or: [{ priority: true }, before] },
    );
  }

  async setToldPosition(conversationKey: string, from: number | undefined, to: number): Promise<boolean> {
    const filter =
      from === undefined
        ? { _id: String(conversationKey), status: 'queued' as const, toldPosition: { $exists: false } }
        : { _id: String(conversationKey), status: 'queued' as const, toldPosition: from };
    const result = await this.collection.updateOne(filter, { $set: { toldPosition: to } });
    return result.modifiedCount === 1;
  }
}
