import type { Collection, Db } from 'mongodb';
import type { LookupAuditEntry, LookupAuditLog } from '../../domain/ports/lookupAuditLog';

type AuditDocument = LookupAuditEntry & { expiresAt: Date };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The lookup audit trail in MongoDB (`lookupAudit`): one document per lookup, CJIB numbers
 * already masked by the caller. Each carries its `expiresAt` (LOOKUP_AUDIT_RETENTION_DAYS): a TTL
 * index removes it on real MongoDB, the retention sweeper everywhere.
 */
export class MongoLookupAuditLog implements LookupAuditLog {
  private readonly collection: Collection<AuditDocument>;

  constructor(
    db: Db,
    private readonly retentionDays: number,
  ) {
    this.collection = db.collection<AuditDocument>('lookupAudit');
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([
      this.collection.createIndex({ channelId: 1, conversationId: 1, at: 1 }),
      this.collection.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 }),
    ]);
  }

  async record(entry: LookupAuditEntry): Promise<void> {
    const expiresAt = new Date(Date.parse(entry.at) + this.retentionDays * DAY_MS);
    await this.collection.insertOne({ ...entry, expiresAt });
  }

  async forConversation(channelId: string, conversationId: string): Promise<LookupAuditEntry[]> {
    const docs = await this.collection
      .find({ channelId: String(channelId), conversationId: String(conversationId) })
      .sort({ at: 1 })
      .toArray();
    // Stripped in code: not every MongoDB-compatible server honours exclusion projections.
    return docs.map(({ _id, expiresAt, ...entry }) => {
      void _id;
      void expiresAt;
      return entry as LookupAuditEntry;
    });
  }
}
