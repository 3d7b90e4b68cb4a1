import type { Claim, Debtor } from '../../domain/claims/claim';
import type { Clock } from '../../domain/ports/clock';
import type {
  ArrangementReceipt,
  ArrangementRequestStatus,
  ArrangementSubmission,
  CollectionSystem,
  DebtorArrangementStatus,
} from '../../domain/ports/collectionSystem';
import { NotFoundError } from '../../domain/errors';
import type { DemoFixtures } from './demoFixtures';

/** An arrangement request as the demo back office keeps it. */
export interface StoredArrangementRequest extends ArrangementSubmission {
  status: ArrangementRequestStatus;
  receivedAt: string;
}

/** Where the demo back office keeps its records: MongoDB (embedded default) or memory. */
export interface DemoStore {
  /** Writes every fixture record, replacing the stored one with the same key (idempotent). */
  seed(fixtures: DemoFixtures): Promise<void>;
  claim(cjibNumber: string): Promise<Claim | undefined>;
  claimsOf(debtorId: string): Promise<Claim[]>;
  debtor(id: string): Promise<Debtor | undefined>;
  /**
   * Stores the request unless one with its idempotency key exists; returns the stored one, and
   * whether it was stored now. A reference filed under another key is a DuplicateReferenceError.
   */
  insertRequest(
    request: StoredArrangementRequest,
  ): Promise<{ stored: StoredArrangementRequest; created: boolean }>;
  requestByReference(reference: string): Promise<StoredArrangementRequest | undefined>;
}

/** Keys the demo accepts; anything else cannot be a record and is not looked up. */
const CJIB_NUMBER = /^\d{9,16}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The demo back office's behaviour, on any DemoStore: the rules a real collection system would
 * apply to the assistant's calls, kept small. Used embedded, and served over HTTP by
 * `npm run backoffice` for the HTTP adapter.
 */
export class DemoCollectionSystem implements CollectionSystem {
  constructor(
    protected readonly store: DemoStore,
    private readonly clock: Clock,
  ) {}

  async findClaim(cjibNumber: string): Promise<Claim | undefined> {
    return CJIB_NUMBER.test(cjibNumber) ? this.store.claim(cjibNumber) : undefined;
  }

  async findDebtor(debtorId: string): Promise<Debtor | undefined> {
    return ID.test(debtorId) ? this.store.debtor(debtorId) : undefined;
  }

  async listOpenClaims(debtorId: string): Promise<Claim[]> {
    await this.requireDebtor(debtorId);
    const claims = await this.store.claimsOf(debtorId);
    return claims
      .filter((c) => c.stage !== 'paid')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.cjibNumber.localeCompare(b.cjibNumber));
  }

  async getArrangementStatus(debtorId: string): Promise<DebtorArrangementStatus> {
    const debtor = await this.requireDebtor(debtorId);
    const byReference = new Map<string, DebtorArrangementStatus['active'][number]>();
    for (const claim of await this.store.claimsOf(debtorId)) {
      if (claim.stage !== 'in_arrangement' || !claim.arrangement) continue;
      const existing = byReference.get(claim.arrangement.reference);
      if (existing) existing.cjibNumbers.push(claim.cjibNumber);
      else
        byReference.set(claim.arrangement.reference, {
          ...claim.arrangement,
          cjibNumbers: [claim.cjibNumber],
        });
    }
    return {
      active: [...byReference.values()],
      ...(debtor.brokenArrangementOn ? { brokenArrangementOn: debtor.brokenArrangementOn } : {}),
    };
  }

  async submitArrangement(request: ArrangementSubmission): Promise<ArrangementReceipt> {
    return (await this.fileArrangement(request)).receipt;
  }

  /** Files a request; `created` is false when the idempotency key was seen before. */
  async fileArrangement(
    request: ArrangementSubmission,
  ): Promise<{ receipt: ArrangementReceipt; created: boolean }> {
    await this.requireDebtor(request.debtorId);
    for (const number of request.cjibNumbers) {
      const claim = await this.findClaim(number);
      if (!claim || claim.debtorId !== request.debtorId) throw new NotFoundError('claim');
    }
    const receivedAt = this.clock.now().toISOString();
    const { stored, created } = await this.store.insertRequest({
      ...request,
      status: 'received',
      receivedAt,
    });
    return { receipt: { reference: stored.reference, status: stored.status }, created };
  }

  async getRequestStatus(reference: string): Promise<ArrangementReceipt | undefined> {
    const stored = await this.store.requestByReference(reference);
    return stored ? { reference: stored.reference, status: stored.status } : undefined;
  }

  private async requireDebtor(debtorId: string): Promise<Debtor> {
    const debtor = await this.findDebtor(debtorId);
    if (!debtor) throw new NotFoundError('debtor');
    return debtor;
  }
}

/** A request reference that was filed before under another idempotency key. */
export class DuplicateReferenceError extends Error {
  constructor() {
    super('arrangement reference already filed under another idempotency key');
    this.name = 'DuplicateReferenceError';
  }
}
