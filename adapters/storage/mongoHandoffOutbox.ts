import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import type { HandoffOutbox, NewOutboxMessage, OutboxMessage } from '../../domain/ports/handoffOutbox';

type OutboxDocument = Omit<OutboxMessage, 'id'> & { _id: string };

/** How many waiting messages one claim looks at. */
const CANDIDATES = 20;
let counter = 0;

/** Ids that sort in creation order (time, then a per-process counter), so the oldest is claimed first. */
function orderedId(createdAt: Date): string {
  counter = (counter + 1) % 1_000_000;
  return `${String(createdAt.getTime()).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${randomUUID()}`;
}

function toMessage(doc: OutboxDocument): OutboxMessage {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest };
}

/**
 * Staff-side messages waiting for delivery to a citizen. Any process may deliver: findOneAndUpdate
 * moves one message from pending to delivering atomically, so exactly one process sends it; a
 * conversation with a delivery in progress is skipped, so its messages arrive in order.
 */
export class MongoHandoffOutbox implements HandoffOutbox {
  private readonly collection: Collection<OutboxDocument>;

  constructor(db: Db, collectionName = 'handoffOutbox') {
    this.collection = db.collection<OutboxDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ status: 1, _id: 1 });
    await this.collection.createIndex({ conversationKey: 1, status: 1 });
  }

  async add(message: NewOutboxMessage): Promise<OutboxMessage> {
    const doc: OutboxDocument = {
      _id: orderedId(message.createdAt),
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
    const waiting = {
      $or: [
        { status: 'pending' as const },
        { status: 'delivering' as const, claimedAt: { $lt: staleBefore } },
      ],
    };
    const candidates = await this.collection.find(waiting).sort({ _id: 1 }).limit(CANDIDATES).toArray();
    const skipped = new Set<string>();
    for (const candidate of candidates) {
      // One message at a time per conversation, oldest first, so the citizen reads them in order.
      if (skipped.has(candidate.conversationKey)) continue;
      const busy = await this.collection.countDocuments({
        conversationKey: candidate.conversationKey,
        status: 'delivering',
        claimedAt: { $gte: staleBefore },
      });
      if (busy > 0) {
        skipped.add(candidate.conversationKey);
        continue;
      }
      const claimed = await this.collection.findOneAndUpdate(
        { _id: candidate._id, status: candidate.status, attempts: candidate.attempts },
        { $set: { status: 'delivering', claimedAt: now }, $inc: { attempts: 1 } },
        { returnDocument: 'after' },
      );
      if (claimed) return toMessage(claimed);
      skipped.add(candidate.conversationKey);
    }
    return undefined;
  }

  /** Delivered messages are deleted: the transcript keeps what was said, the outbox stays small. */
  async markDelivered(id: string): Promise<void> {
    await this.collection.deleteOne({ _id: String(id) });
  }

  async release(id: string, giveUp: boolean): Promise<void> {
    // Given up: the agent's words as typed are not kept (the transcript has them masked).
    await this.collection.updateOne(
      { _id: String(id) },
      giveUp ? { $set: { status: 'failed' }, $unset: { text: '' } } : { $set: { status: 'pending' } },
    );
  }
}
