import type { Collection, Db } from 'mongodb';
import type {
  NewTranscriptEntry,
  TranscriptEntry,
  TranscriptStore,
} from '../../domain/ports/transcriptStore';
import { isDuplicateKey } from './duplicateKey';

type TranscriptDocument = TranscriptEntry & { _id: string };

const DEFAULT_RETENTION_DAYS = 90;
/** Conversations whose last number this process remembers (the oldest is forgotten first). */
const REMEMBERED_CONVERSATIONS = 10_000;
/** Each failed attempt means another writer added entries first; this bounds a pathological race. */
const MAX_ATTEMPTS = 100;

function toEntry(doc: TranscriptDocument): TranscriptEntry {
  const { _id, ...entry } = doc;
  if (entry.author === null || entry.author === undefined) delete entry.author;
  return entry;
}

/**
 * The transcript in MongoDB: one document per message (no growing arrays), numbered 1, 2, 3 … per
 * conversation under a unique index. A message is written with the number after the last one this
 * process knows of (one insert, no counter to reserve first); when another process or a staff member
 * wrote in between, the unique index refuses it and the numbering goes on from the last stored entry.
 * A number is only ever used after the one before it was stored, so a reader that polls with the last
 * number it saw (the staff console) never misses an entry that was written later with a lower one.
 * A TTL index on `at` removes old transcripts on a real MongoDB (the retention period is configurable).
 */
export class MongoTranscriptStore implements TranscriptStore {
  private readonly entries: Collection<TranscriptDocument>;
  /** The last number written or seen per conversation, in this process. */
  private readonly lastSeq = new Map<string, number>();

  constructor(
    db: Db,
    private readonly retentionDays = DEFAULT_RETENTION_DAYS,
    collectionName = 'transcripts',
  ) {
    this.entries = db.collection<TranscriptDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.entries.createIndex({ conversationKey: 1, seq: 1 }, { unique: true });
    await this.entries.createIndex({ at: 1 }, { expireAfterSeconds: this.retentionDays * 86400 });
  }

  async append(conversationKey: string, entries: NewTranscriptEntry[]): Promise<TranscriptEntry[]> {
    if (entries.length === 0) return [];
    const key = String(conversationKey);
    const stored: TranscriptDocument[] = [];
    let rest = entries;
    let last = this.lastSeq.get(key) ?? 0;
    for (let attempt = 0; rest.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) throw new Error('transcript entries could not be numbered');
      const docs = rest.map((e, i) => toDocument(key, last + 1 + i, e));
      let inserted = docs.length;
      try {
        await this.entries.insertMany(docs, { ordered: true });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        // Ordered: the entries before the refused one are stored; the rest go after the last stored.
        inserted = insertedBeforeError(err);
      }
      stored.push(...docs.slice(0, inserted));
      rest = rest.slice(inserted);
      last = rest.length > 0 ? await this.storedLast(key) : last + inserted;
    }
    this.remember(key, last);
    return stored.map(toEntry);
  }

  /** The highest number stored for the conversation (0 when none). */
  private async storedLast(key: string): Promise<number> {
    const [doc] = await this.entries
      .find({ conversationKey: key }, { projection: { seq: 1 } })
      .sort({ seq: -1 })
      .limit(1)
      .toArray();
    return doc?.seq ?? 0;
  }

  private remember(key: string, last: number): void {
    this.lastSeq.delete(key);
    this.lastSeq.set(key, last);
    if (this.lastSeq.size > REMEMBERED_CONVERSATIONS) {
      const oldest = this.lastSeq.keys().next().value;
      if (oldest !== undefined) this.lastSeq.delete(oldest);
    }
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

function toDocument(key: string, seq: number, e: NewTranscriptEntry): TranscriptDocument {
  const doc: TranscriptDocument = {
    _id: `${key}#${String(seq).padStart(6, '0')}`,
    conversationKey: key,
    seq,
    role: e.role,
    text: String(e.text),
    at: new Date(e.at.getTime()),
  };
  if (e.author !== undefined) doc.author = String(e.author);
  return doc;
}

/** How many documents an ordered insertMany stored before its first error. */
function insertedBeforeError(err: unknown): number {
  const e = err as { insertedCount?: number; result?: { insertedCount?: number } };
  return e.insertedCount ?? e.result?.insertedCount ?? 0;
}
