import type { Collection, Db } from 'mongodb';
import type { StaffRole } from '../../domain/handoff/handoffCase';
import type {
  StaffAccount,
  StaffAccounts,
  StaffSession,
  StaffSessions,
} from '../../domain/ports/staffAccounts';

interface AccountDocument {
  _id: string;
  displayName: string;
  role: StaffRole;
  passwordHash: string;
}

type SessionDocument = Omit<StaffSession, 'id'> & { _id: string };

/** Console accounts in MongoDB, keyed by username; only the slow password hash is stored. */
export class MongoStaffAccounts implements StaffAccounts {
  private readonly collection: Collection<AccountDocument>;

  constructor(db: Db, collectionName = 'staffAccounts') {
    this.collection = db.collection<AccountDocument>(collectionName);
  }

  async find(username: string): Promise<StaffAccount | undefined> {
    const doc = await this.collection.findOne({ _id: String(username) });
    return doc
      ? { username: doc._id, displayName: doc.displayName, role: doc.role, passwordHash: doc.passwordHash }
      : undefined;
  }

  async save(account: StaffAccount): Promise<void> {
    await this.collection.replaceOne(
      { _id: String(account.username) },
      {
        displayName: String(account.displayName),
        role: account.role,
        passwordHash: String(account.passwordHash),
      },
      { upsert: true },
    );
  }
}

/** Console sessions in MongoDB, keyed by the hash of the cookie secret; expired ones are swept on read. */
export class MongoStaffSessions implements StaffSessions {
  private readonly collection: Collection<SessionDocument>;

  constructor(db: Db, collectionName = 'staffSessions') {
    this.collection = db.collection<SessionDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
  }

  async create(session: StaffSession): Promise<void> {
    const { id, ...rest } = session;
    await this.collection.insertOne({
      ...rest,
      _id: String(id),
      expiresAt: new Date(session.expiresAt.getTime()),
    });
  }

  async find(id: string, now: Date): Promise<StaffSession | undefined> {
    const doc = await this.collection.findOne({ _id: String(id) });
    if (!doc) return undefined;
    if (doc.expiresAt <= now) {
      await this.delete(id);
      return undefined;
    }
    const { _id, ...rest } = doc;
    return { id: _id, ...rest };
  }

  async delete(id: string): Promise<void> {
    await this.collection.deleteOne({ _id: String(id) });
  }
}
