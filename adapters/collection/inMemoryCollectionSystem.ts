import type { Claim, Debtor } from '../../domain/claims/claim';
import type { Clock } from '../../domain/ports/clock';
import {
  DemoCollectionSystem,
  DuplicateReferenceError,
  type DemoStore,
  type StoredArrangementRequest,
} from './demoCollectionSystem';
import { loadDemoFixtures, type DemoFixtures } from './demoFixtures';

/** The demo records in process memory; copies go in and out so callers never share objects. */
class MemoryDemoStore implements DemoStore {
  private readonly claims = new Map<string, Claim>();
  /** CJIB numbers by debtor, as the MongoDB store's index on debtorId: no scan of every claim. */
  private readonly claimNumbersOf = new Map<string, string[]>();
  private readonly debtors = new Map<string, Debtor>();
  private readonly requests = new Map<string, StoredArrangementRequest>();
  private readonly requestByKey = new Map<string, string>();

  async seed(fixtures: DemoFixtures): Promise<void> {
    for (const debtor of fixtures.debtors) this.debtors.set(debtor.id, structuredClone(debtor));
    for (const claim of fixtures.claims) {
      const numbers = this.claimNumbersOf.get(claim.debtorId) ?? [];
      if (!numbers.includes(claim.cjibNumber)) numbers.push(claim.cjibNumber);
      this.claimNumbersOf.set(claim.debtorId, numbers);
      this.claims.set(claim.cjibNumber, structuredClone(claim));
    }
  }

  async claim(cjibNumber: string): Promise<Claim | undefined> {
    const found = this.claims.get(cjibNumber);
    return found && structuredClone(found);
  }

  async claimsOf(debtorId: string): Promise<Claim[]> {
    return (this.claimNumbersOf.get(debtorId) ?? [])
      .map((number) => this.claims.get(number)!)
      .filter((c) => c.debtorId === debtorId)
      .map((c) => structuredClone(c));
  }

  async debtor(id: string): Promise<Debtor | undefined> {
    const found = this.debtors.get(id);
    return found && structuredClone(found);
  }

  async insertRequest(
    request: StoredArrangementRequest,
  ): Promise<{ stored: StoredArrangementRequest; created: boolean }> {
    const existing = this.requestByKey.get(request.idempotencyKey);
    if (existing) return { stored: structuredClone(this.requests.get(existing)!), created: false };
    if (this.requests.has(request.reference)) throw new DuplicateReferenceError();
    this.requests.set(request.reference, structuredClone(request));
    this.requestByKey.set(request.idempotencyKey, request.reference);
    return { stored: structuredClone(request), created: true };
  }

  async requestByReference(reference: string): Promise<StoredArrangementRequest | undefined> {
    const found = this.requests.get(reference);
    return found && structuredClone(found);
  }
}

/**
 * The demo back office without MongoDB (STORAGE=memory): same records and rules as the embedded
 * one, and it passes the same contract suite.
 */
export class InMemoryCollectionSystem extends DemoCollectionSystem {
  static async start(
    clock: Clock,
    fixtures: DemoFixtures = loadDemoFixtures(),
  ): Promise<InMemoryCollectionSystem> {
    const store = new MemoryDemoStore();
    await store.seed(fixtures);
    return new InMemoryCollectionSystem(store, clock);
  }
}
