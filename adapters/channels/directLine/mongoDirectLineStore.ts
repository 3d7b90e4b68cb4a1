import type { Collection, Db } from 'mongodb';
import type {
  ActivityJson,
  DirectLineConversationRecord,
  DirectLineStore,
  StoredActivity,
} from './directLineStore';
import { isDuplicateKey } from '../../storage/duplicateKey';

/** Appends racing for one conversation: each retry takes the number after the highest stored. */
const MAX_APPEND_ATTEMPTS = 64;

interface ConversationDoc {
  _id: string;
  channelId: string;
  userId: string;
  locale?: string;
  createdAt: Date;
  expiresAt: Date;
  /** Highest sequence number stored (raised after each append, never lowered). */
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
 * The Direct Line store on MongoDB: one document per activity (never a growing array), numbered by
 * inserting the number after the highest stored (the unique index refuses a number taken, and the
 * append takes the next): a number is only handed out once every lower one is stored, so a client
 * polling from its watermark never misses an activity written later under a lower number. Retention: `expiresAt` with a
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
    const conversation = await this.conversations.findOneAndUpdate(
      { _id: id },
      { $set: { expiresAt } },
      { projection: { seq: 1 } },
    );
    if (!conversation) throw new Error('conversation not found');
    let seq = conversation.seq + 1;
    for (let attempt = 1; ; attempt++) {
      const activity = build(seq);
      try {
        await this.activities.insertOne({
          _id: activityKey(id, seq),
          conversationId: id,
          seq,
          json: JSON.stringify(activity),
          storedAt,
          expiresAt,
        });
      } catch (err) {
        // Another append took this number: the next one after the highest stored.
        if (!isDuplicateKey(err) || attempt >= MAX_APPEND_ATTEMPTS) throw err;
        seq = (await this.storedLast(id)) + 1;
        continue;
      }
      // The conversation's last number, for lastSeqs (never lowered by a slower append).
      await this.conversations.updateOne({ _id: id, seq: { $lt: seq } }, { $set: { seq } });
      return { conversationId: id, seq, activity: JSON.parse(JSON.stringify(activity)), storedAt };
    }
  }

  /** The highest number stored for the conversation's activities (0 when none). */
  private async storedLast(id: string): Promise<number> {
    const [doc] = await this.activities
      .find({ conversationId: id }, { projection: { seq: 1 } })
      .sort({ seq: -1 })
      .limit(1)
      .toArray();
    return doc?.seq ?? 0;
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
