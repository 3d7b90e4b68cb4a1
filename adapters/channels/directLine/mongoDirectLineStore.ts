import type { Collection, Db } from 'mongodb';
import type {
  ActivityJson,
  DirectLineConversationRecord,
  DirectLineStore,
  StoredActivity,
} from './directLineStore';

interface ConversationDoc {
  _id: string;
  channelId: string;
  userId: string;
  locale?: string;
  createdAt: Date;
  expiresAt: Date;
  /** Last sequence number handed out. */
  seq: number;
}

interface ActivityDoc {
  /** `${conversationId}|${seq}` zero-padded: unique, and sorts in conversation order. */
  _id: string;
  conversationId: string;
  seq: number;
  /** The activity as JSON text: keys such as `$schema` in Adaptive Cards are not valid MongoDB field names. */
  json: string;
  storedAt: Date;
  expiresAt: Date;
}

export const DIRECTLINE_CONVERSATIONS = 'directlineConversations';
export const DIRECTLINE_ACTIVITIES = 'directlineActivities';

export function activityKey(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/**
 * The Direct Line store on MongoDB: one document per activity (never a growing array), the
 * sequence counter taken with `$inc` on the conversation's document. Retention: `expiresAt` with a
 * TTL index on a real MongoDB, and the sweep (deleteExpired) everywhere.
 */
export class MongoDirectLineStore implements DirectLineStore {
  private readonly conversations: Collection<ConversationDoc>;
  private readonly activities: Collection<ActivityDoc>;

  constructor(db: Db) {
    this.conversations = db.collection<ConversationDoc>(DIRECTLINE_CONVERSATIONS);
    this.activities = db.collection<ActivityDoc>(DIRECTLINE_ACTIVITIES);
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([
      this.activities.createIndex({ conversationId: 1, seq: 1 }, { unique: true }),
      this.activities.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 }),
      this.conversations.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 }),
    ]);
  }

  async createConversation(record: DirectLineConversationRecord): Promise<boolean> {
    const result = await this.conversations.updateOne(
      { _id: String(record.id) },
      {
        $setOnInsert: {
          channelId: record.channelId,
          userId: record.userId,
          ...(record.locale ? { locale: record.locale } : {}),
          createdAt: record.createdAt,
          expiresAt: record.expiresAt,
          seq: 0,
        },
      },
      { upsert: true },
    );
    return result.upsertedCount === 1;
  }

  async getConversation(id: string): Promise<DirectLineConversationRecord | undefined> {
    const doc = await this.conversations.findOne({ _id: String(id) });
    if (!doc) return undefined;
    return {
      id: doc._id,
      channelId: doc.channelId,
      userId: doc.userId,
      locale: doc.locale,
      createdAt: doc.createdAt,
      expiresAt: doc.expiresAt,
    };
  }

  async append(
    conversationId: string,
    build: (seq: number) => ActivityJson,
    storedAt: Date,
    expiresAt: Date,
  ): Promise<StoredActivity> {
    const id = String(conversationId);
    const counter = await this.conversations.findOneAndUpdate(
      { _id: id },
      { $inc: { seq: 1 }, $set: { expiresAt } },
      { returnDocument: 'after' },
    );
    if (!counter) throw new Error('conversation not found');
    const activity = build(counter.seq);
    await this.activities.insertOne({
      _id: activityKey(id, counter.seq),
      conversationId: id,
      seq: counter.seq,
      json: JSON.stringify(activity),
      storedAt,
      expiresAt,
    });
    return { conversationId: id, seq: counter.seq, activity: JSON.parse(JSON.stringify(activity)), storedAt };
  }

  async listAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivity[]> {
    const docs = await this.activities
      .find({ conversationId: String(conversationId), seq: { $gt: Number(afterSeq) } })
      .sort({ seq: 1 })
      .limit(limit)
      .toArray();
    return docs.map((d) => ({
      conversationId: d.conversationId,
      seq: d.seq,
      activity: JSON.parse(d.json) as ActivityJson,
      storedAt: d.storedAt,
    }));
  }

  async lastSeqs(conversationIds: string[]): Promise<Map<string, number>> {
    if (!conversationIds.length) return new Map();
    const docs = await this.conversations
      .find({ _id: { $in: conversationIds.map(String) } }, { projection: { seq: 1 } })
      .toArray();
    return new Map(docs.map((d) => [d._id, d.seq]));
  }

  async deleteExpired(now: Date): Promise<number> {
    const expired = await this.conversations
      .find({ expiresAt: { $lte: now } }, { projection: { _id: 1 } })
      .limit(500)
      .toArray();
    if (!expired.length) return 0;
    const ids = expired.map((d) => d._id);
    await this.activities.deleteMany({ conversationId: { $in: ids } });
    await this.conversations.deleteMany({ _id: { $in: ids } });
    return ids.length;
  }
}
