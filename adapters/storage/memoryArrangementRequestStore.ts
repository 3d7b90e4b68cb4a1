import { randomUUID } from 'node:crypto';
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

/**
 * The outbox in process memory, with the MongoDB store's semantics (same contract suite). Chosen
 * only explicitly (STORAGE=memory): nothing survives a restart.
 */
export class MemoryArrangementRequestStore implements ArrangementRequestStore {
  private readonly requests = new Map<string, ArrangementRequest>();
  private readonly references = new Set<string>();
  /** Indexes, as the MongoDB store has: requests by CJIB number, and those still to deliver. */
  private readonly keysByClaim = new Map<string, string[]>();
  private readonly toDeliver = new Set<string>();

  constructor(private readonly clock: Clock = systemClock) {}

  async create(draft: ArrangementRequestDraft): Promise<CreatedArrangementRequest> {
    const existing = this.requests.get(draft.idempotencyKey);
    if (existing) return { request: structuredClone(existing), created: false };
    const now = this.clock.now();
    let reference: string;
    do reference = newArrangementReference(now.getUTCFullYear());
    while (this.references.has(reference));
    const request: ArrangementRequest = {
      idempotencyKey: draft.idempotencyKey,
      reference,
      submission: { ...structuredClone(draft), reference },
      state: 'pending',
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
    };
    this.requests.set(request.idempotencyKey, request);
    this.references.add(reference);
    this.toDeliver.add(request.idempotencyKey);
    for (const cjibNumber of new Set(request.submission.cjibNumbers))
      this.keysByClaim.set(cjibNumber, [...(this.keysByClaim.get(cjibNumber) ?? []), request.idempotencyKey]);
    return { request: structuredClone(request), created: true };
  }

  async findByKey(idempotencyKey: string): Promise<ArrangementRequest | undefined> {
    const request = this.requests.get(idempotencyKey);
    return request ? structuredClone(request) : undefined;
  }

  async findForClaims(cjibNumbers: string[]): Promise<ArrangementRequest[]> {
    const keys = new Set(cjibNumbers.flatMap((n) => this.keysByClaim.get(n) ?? []));
    return [...keys]
      .map((key) => this.requests.get(key)!)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((r) => structuredClone(r));
  }

  async claimDue(leaseMs: number): Promise<ArrangementRequest | undefined> {
    const now = this.clock.now();
    const due = [...this.toDeliver]
      .map((key) => this.requests.get(key)!)
      .filter(
        (r) => r.state !== 'delivered' && r.state !== 'refused' && r.nextAttemptAt.getTime() <= now.getTime(),
      )
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime())[0];
    if (!due) return undefined;
    due.attempts += 1;
    due.nextAttemptAt = new Date(now.getTime() + leaseMs);
    due.leaseToken = randomUUID();
    return structuredClone(due);
  }

  async markDelivered(idempotencyKey: string, receipt: ArrangementReceipt): Promise<void> {
    const request = this.requests.get(idempotencyKey);
    if (!request || request.state === 'delivered') return;
    request.state = 'delivered';
    this.toDeliver.delete(idempotencyKey);
    request.deliveredAt = this.clock.now();
    request.receipt = { reference: receipt.reference, status: receipt.status };
    request.submission.contact = {};
    delete request.leaseToken;
    delete request.lastError;
  }

  async markFailed(
    idempotencyKey: string,
    leaseToken: string,
    retryAt: Date,
    errorName: string,
  ): Promise<void> {
    const request = this.requests.get(idempotencyKey);
    if (!request || request.state === 'delivered' || request.leaseToken !== leaseToken) return;
    request.state = 'failed-retrying';
    request.nextAttemptAt = new Date(retryAt);
    request.lastError = errorName;
    delete request.leaseToken;
  }

  async markRefused(idempotencyKey: string, leaseToken: string, errorName: string): Promise<void> {
    const request = this.requests.get(idempotencyKey);
    if (!request || request.state === 'delivered' || request.leaseToken !== leaseToken) return;
    request.state = 'refused';
    this.toDeliver.delete(idempotencyKey);
    request.lastError = errorName;
    delete request.leaseToken;
  }

  async countByState(): Promise<Record<ArrangementRequestState, number>> {
    const counts: Record<ArrangementRequestState, number> = {
      pending: 0,
      delivered: 0,
      'failed-retrying': 0,
      refused: 0,
    };
    for (const request of this.requests.values()) counts[request.state] += 1;
    return counts;
  }
}
