import type { Collection, Db } from 'mongodb';
import type { Claim, Debtor } from '../../domain/claims/claim';
import type { Clock } from '../../domain/ports/clock';
import {
  DemoCollectionSystem,
  DuplicateReferenceError,
  type DemoStore,
  type StoredArrangementRequest,
} from './demoCollectionSystem';
import { loadDemoFixtures, type DemoFixtures } from './demoFixtures';
import { isDuplicateKey } from '../storage/duplicateKey';

type Keyed<T> = T & { _id: string };

function strip<T>(doc: Keyed<T> | null): T | undefined {
  if (!doc) return undefined;
  const { _id, ...rest } = doc;
  void _id;
  return rest as T;
}

/**
 * The demo records in MongoDB: `demoClaims` by CJIB number, `demoDebtors` by id,
 * `demoArrangementRequests` by reference with a unique idempotency key (so one key files one
 * request, whichever instance or retry gets there first).
 */
class MongoDemoStore implements DemoStore {
  private readonly claims: Collection<Keyed<Claim>>;
  private readonly debtors: Collection<Keyed<Debtor>>;
  private readonly requests: Collection<Keyed<StoredArrangementRequest>>;

  constructor(db: Db) {
    this.claims = db.collection('demoClaims');
    this.debtors = db.collection('demoDebtors');
    this.requests = db.collection('demoArrangementRequests');
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([
      this.claims.createIndex({ debtorId: 1 }),
      this.requests.createIndex({ idempotencyKey: 1 }, { unique: true }),
    ]);
  }

  /** Upserts every record in bulk: a few round trips, also for thousands of records (the bench's). */
  async seed(fixtures: DemoFixtures): Promise<void> {
    const upserts = <T extends object>(records: T[], id: (record: T) => string) =>
      records.map((record) => ({
        replaceOne: { filter: { _id: id(record) }, replacement: record, upsert: true },
      }));
    await Promise.all([
      fixtures.debtors.length > 0 &&
        this.debtors.bulkWrite(
          upserts(fixtures.debtors, (d) => d.id),
          { ordered: false },
        ),
      fixtures.claims.length > 0 &&
        this.claims.bulkWrite(
          upserts(fixtures.claims, (c) => c.cjibNumber),
          { ordered: false },
        ),
    ]);
  }

  async claim(cjibNumber: string): Promise<Claim | undefined> {
    return strip(await this.claims.findOne({ _id: String(cjibNumber) }));
  }

  async claimsOf(debtorId: string): Promise<Claim[]> {
    const docs = await this.claims.find({ debtorId: String(debtorId) }).toArray();
    return docs.map((d) => strip(d)!);
  }

  async debtor(id: string): Promise<Debtor | undefined> {
    return strip(await this.debtors.findOne({ _id: String(id) }));
  }

  async insertRequest(
    request: StoredArrangementRequest,
  ): Promise<{ stored: StoredArrangementRequest; created: boolean }> {
    try {
      await this.requests.insertOne({ ...request, _id: request.reference });
      return { stored: request, created: true };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = strip(await this.requests.findOne({ idempotencyKey: String(request.idempotencyKey) }));
      if (!existing) throw new DuplicateReferenceError();
      return { stored: existing, created: false };
    }
  }

  async requestByReference(reference: string): Promise<StoredArrangementRequest | undefined> {
    return strip(await this.requests.findOne({ _id: String(reference) }));
  }
}

/**
 * The embedded demo back office (the default when COLLECTION_SYSTEM_URL is unset), on the
 * assistant's MongoDB, seeded at start-up with every fixture record.
 */
export class EmbeddedCollectionSystem extends DemoCollectionSystem {
  static async start(
    db: Db,
    clock: Clock,
    fixtures: DemoFixtures = loadDemoFixtures(),
  ): Promise<EmbeddedCollectionSystem> {
    const store = new MongoDemoStore(db);
    await store.ensureIndexes();
    await store.seed(fixtures);
    return new EmbeddedCollectionSystem(store, clock);
  }
}
