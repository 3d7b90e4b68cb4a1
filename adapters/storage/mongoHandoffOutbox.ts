import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import type { HandoffOutbox, NewOutboxMessage, OutboxMessage } from '../../domain/ports/handoffOutbox';

type OutboxDocument = Omit<OutboxMessage, 'id'> & { _id: string };

function toMessage(doc: OutboxDocument): OutboxMessage {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest };
}

/**
 * Staff-side messages waiting for delivery to a citizen. Any process may deliver: findOneAndUpdate
 * moves one message from pending to delivering atomically, so exactly one process sends it.
 */
export class MongoHandoffOutbox implements HandoffOutbox {
  private readonly collection: Collection<OutboxDocument>;

  constructor(db: Db, collectionName = 'handoffOutbox') {
    this.collection = db.collection<OutboxDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ status: 1, createdAt: 1 });
  }

  async add(message: NewOutboxMessage): Promise<OutboxMessage> {
    const doc: OutboxDocument = {
      _id: randomUUID(),
      conversationKey: String(message.conversationKey),
      kind: message.kind,
      locale: String(message.locale),
      reference: message.reference,
      createdAt: new Date(message.createdAt.getTime()),
      status: 'pending',
      attempts: 0,
    };
    if (message.text !== undefined) doc.text = String(message.text);
    if (message.vars !== undefined) doc.vars = message.vars;
    await this.collection.insertOne(doc);
    return toMessage(doc);
  }

  async claimNext(now: Date, staleBefore: Date): Promise<OutboxMessage | undefined> {
    const doc = await this.collection.findOneAndUpdate(
      { $or: [{ status: 'pending' }, { status: 'delivering', claimedAt: { $lt: staleBefore } }] },
      { $set: { status: 'delivering', claimedAt: now }, $inc: { attempts: 1 } },
      { sort: { createdAt: 1 }, returnDocument: 'after' },
    );
    return doc ? toMessage(doc) : undefined;
  }

  /** Delivered messages are deleted: the transcript keeps what was said, the outbox stays small. */
  async markDelivered(id: string): Promise<void> {
    await this.collection.deleteOne({ _id: String(id) });
  }

  async release(id: string, giveUp: boolean): Promise<void> {
    await this.collection.updateOne({ _id: String(id) }, { $set: { status: giveUp ? 'failed' : 'pending' } });
  }
}
