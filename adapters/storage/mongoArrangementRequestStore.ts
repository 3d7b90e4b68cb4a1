import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { newArrangementReference } from '../../domain/arrangement/requestIdentity';
import { systemClock, type Clock } from '../../domain/ports/clock';
import type { ArrangementReceipt } from '../../domain/ports/collectionSystem';
import type {
  ArrangementRequest,
  ArrangementRequestDraft,
  ArrangementRequestState,
  ArrangementRequestStore,
  CreatedArrangementRequest,
} from '../../domain/ports/arrangementRequestStore';
import { isDuplicateKey } from './duplicateKey';

/** The request as stored: `_id` is the idempotency key, so MongoDB's own unique `_id` index enforces it. */
type RequestDocument = Omit<ArrangementRequest, 'idempotencyKey'> & { _id: string };

const REFERENCE_ATTEMPTS = 5;
const DUE_STATES: ArrangementRequestState[] = ['pending', 'failed-retrying'];
/** Due requests looked at per claim; another worker may lease some of them first. */
const CLAIM_CANDIDATES = 5;

export interface MongoArrangementRequestStoreOptions {
  collectionName?: string;
  /** Delivered requests are removed this long after delivery (TTL index on real MongoDB). */
  retentionDays?: number;
  /** Wall-clock time for leases and retries. */
  clock?: Clock;
}

/** The outbox of arrangement requests in MongoDB: single-document writes by key, atomic leases. */
export class MongoArrangementRequestStore implements ArrangementRequestStore {
  private readonly collection: Collection<RequestDocument>;
  private readonly clock: Clock;

  constructor(
    db: Db,
    private readonly options: MongoArrangementRequestStoreOptions = {},
  ) {
    this.collection = db.collection<RequestDocument>(options.collectionName ?? 'arrangementRequests');
    this.clock = options.clock ?? systemClock;
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([
      this.collection.createIndex({ reference: 1 }, { unique: true }),
      this.collection.createIndex({ state: 1, nextAttemptAt: 1 }),
      this.collection.createIndex({ 'submission.cjibNumbers': 1 }),
      this.collection.createIndex(
        { deliveredAt: 1 },
        { expireAfterSeconds: (this.options.retentionDays ?? 90) * 86400 },
      ),
    ]);
  }

  async create(draft: ArrangementRequestDraft): Promise<CreatedArrangementRequest> {
    for (let attempt = 1; ; attempt++) {
      const now = this.clock.now();
      const document: RequestDocument = {
        _id: draft.idempotencyKey,
        reference: newArrangementReference(now.getUTCFullYear()),
        submission: { ...draft, reference: '' },
        state: 'pending',
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
      };
      document.submission.reference = document.reference;
      try {
        await this.collection.insertOne(document);
        return { request: toRequest(document), created: true };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      // Either this key is stored already (a double confirmation), or the reference was taken.
      const existing = await this.findByKey(draft.idempotencyKey);
      if (existing) return { request: existing, created: false };
      if (attempt >= REFERENCE_ATTEMPTS) throw new Error('could not find a free arrangement reference');
    }
  }

  async findByKey(idempotencyKey: string): Promise<ArrangementRequest | undefined> {
    const document = await this.collection.findOne({ _id: String(idempotencyKey) });
    return document ? toRequest(document) : undefined;
  }

  async findForClaims(cjibNumbers: string[]): Promise<ArrangementRequest[]> {
    // (Plain strings only: never an operator object from input.)
    const numbers = cjibNumbers.map((n) => String(n));
    const documents = await this.collection
      .find({ 'submission.cjibNumbers': { $in: numbers } })
      .sort({ createdAt: -1 })
      .toArray();
    return documents.map(toRequest);
  }

  /**
   * Leases the oldest due request. A compare-and-set on the request's `attempts` (its version) by
   * `_id`, rather than one filtered findOneAndUpdate, so two workers never lease the same request on
   * any server, the embedded one included.
   */
  async claimDue(leaseMs: number): Promise<ArrangementRequest | undefined> {
    const now = this.clock.now();
    const candidates = await this.collection
      .find({ state: { $in: DUE_STATES }, nextAttemptAt: { $lte: now } })
      .sort({ nextAttemptAt: 1 })
      .limit(CLAIM_CANDIDATES)
      .toArray();
    for (const candidate of candidates) {
      const leaseToken = randomUUID();
      const result = await this.collection.updateOne(
        { _id: candidate._id, attempts: candidate.attempts, state: candidate.state },
        { $set: { nextAttemptAt: new Date(now.getTime() + leaseMs), leaseToken }, $inc: { attempts: 1 } },
      );
      if (result.modifiedCount === 1) {
        const leased = await this.collection.findOne({ _id: candidate._id, leaseToken });
        if (leased) return toRequest(leased);
      }
    }
    return undefined;
  }

  async markDelivered(idempotencyKey: string, receipt: ArrangementReceipt): Promise<void> {
    await this.collection.updateOne(
      { _id: String(idempotencyKey), state: { $ne: 'delivered' } },
      {
        $set: {
          state: 'delivered',
          deliveredAt: this.clock.now(),
          receipt: { reference: receipt.reference, status: receipt.status },
          'submission.contact': {},
        },
        $unset: { leaseToken: '', lastError: '' },
      },
    );
  }

  async markFailed(
    idempotencyKey: string,
    leaseToken: string,
    retryAt: Date,
    errorName: string,
  ): Promise<void> {
    await this.collection.updateOne(
      { _id: String(idempotencyKey), leaseToken: String(leaseToken), state: { $ne: 'delivered' } },
      {
        $set: { state: 'failed-retrying', nextAttemptAt: retryAt, lastError: errorName },
        $unset: { leaseToken: '' },
      },
    );
  }

  async markRefused(idempotencyKey: string, leaseToken: string, errorName: string): Promise<void> {
    await this.collection.updateOne(
      { _id: String(idempotencyKey), leaseToken: String(leaseToken), state: { $ne: 'delivered' } },
      { $set: { state: 'refused', lastError: errorName }, $unset: { leaseToken: '' } },
    );
  }

  async countByState(): Promise<Record<ArrangementRequestState, number>> {
    const [pending, delivered, failed, refused] = await Promise.all(
      (['pending', 'delivered', 'failed-retrying', 'refused'] as const).map((state) =>
        this.collection.countDocuments({ state }),
      ),
    );
    return { pending, delivered, 'failed-retrying': failed, refused };
  }
}

function toRequest({ _id, ...rest }: RequestDocument): ArrangementRequest {
  return { idempotencyKey: _id, ...rest };
}
