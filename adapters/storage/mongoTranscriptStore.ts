import type { Collection, Db } from 'mongodb';
import type {
  NewTranscriptEntry,
  TranscriptEntry,
  TranscriptStore,
} from '../../domain/ports/transcriptStore';

type TranscriptDocument = TranscriptEntry & { _id: string };

interface CounterDocument {
  _id: string;
  seq: number;
}

const DEFAULT_RETENTION_DAYS = 90;

function toEntry(doc: TranscriptDocument): TranscriptEntry {
  const { _id, ...entry } = doc;
  if (entry.author === null || entry.author === undefined) delete entry.author;
  return entry;
}

/**
 * The transcript in MongoDB: one document per message (no growing arrays), numbered by a counter
 * document per conversation ($inc reserves as many numbers as there are entries). A TTL index on
 * `at` removes old transcripts on a real MongoDB (the retention period is configurable).
 */
export class MongoTranscriptStore implements TranscriptStore {
  private readonly entries: Collection<TranscriptDocument>;
  private readonly counters: Collection<CounterDocument>;

  constructor(
    db: Db,
    private readonly retentionDays = DEFAULT_RETENTION_DAYS,
    collectionName = 'transcripts',
  ) {
    this.entries = db.collection<TranscriptDocument>(collectionName);
    this.counters = db.collection<CounterDocument>(`${collectionName}Counters`);
  }

  async ensureIndexes(): Promise<void> {
    await this.entries.createIndex({ conversationKey: 1, seq: 1 }, { unique: true });
    await this.entries.createIndex({ at: 1 }, { expireAfterSeconds: this.retentionDays * 86400 });
  }

  async append(conversationKey: string, entries: NewTranscriptEntry[]): Promise<TranscriptEntry[]> {
    if (entries.length === 0) return [];
    const key = String(conversationKey);
    const counter = await this.nextSequence(key, entries.length);
    const first = counter - entries.length + 1;
    const docs: TranscriptDocument[] = entries.map((e, i) => {
      const doc: TranscriptDocument = {
        _id: `${key}#${String(first + i).padStart(6, '0')}`,
        conversationKey: key,
        seq: first + i,
        role: e.role,
        text: String(e.text),
        at: new Date(e.at.getTime()),
      };
      if (e.author !== undefined) doc.author = String(e.author);
      return doc;
    });
    await this.entries.insertMany(docs, { ordered: true });
    return docs.map(toEntry);
  }

  /**
   * Reserves `count` sequence numbers. The counter is created with an insert (unique `_id`) rather
   * than an upsert, because concurrent upserts may both create it on some servers (the embedded one).
   */
  private async nextSequence(key: string, count: number): Promise<number> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const counter = await this.counters.findOneAndUpdate(
        { _id: key },
        { $inc: { seq: count } },
        { returnDocument: 'after' },
      );
      if (counter) return counter.seq;
      await this.counters
        .insertOne({ _id: key, seq: 0 } as CounterDocument)
        .catch((err: { code?: number }) => {
          if (err.code !== 11000) throw err;
        });
    }
    throw new Error('transcript counter could not be created');
  }

  async list(conversationKey: string, afterSeq = 0, limit = 200): Promise<TranscriptEntry[]> {
    const docs = await this.entries
      .find({ conversationKey: String(conversationKey), seq: { $gt: Number(afterSeq) } })
      .sort({ seq: 1 })
      .limit(limit)
      .toArray();
    return docs.map(toEntry);
  }

  async latest(conversationKey: string, limit: number): Promise<TranscriptEntry[]> {
    const docs = await this.entries
      .find({ conversationKey: String(conversationKey) })
      .sort({ seq: -1 })
      .limit(limit)
      .toArray();
    return docs.reverse().map(toEntry);
  }
}
