import { NotFoundError, RequestRefusedError } from '../../domain/errors';
import { systemClock, type Clock } from '../../domain/ports/clock';
import type { CollectionSystem } from '../../domain/ports/collectionSystem';
import type { ArrangementRequest, ArrangementRequestStore } from '../../domain/ports/arrangementRequestStore';
import type { Logger } from '../../domain/ports/logger';

export interface ArrangementOutboxOptions {
  /** How often to look for requests due for delivery. */
  pollMs: number;
  /** How long one delivery attempt may take before another worker may take the request over. */
  leaseMs: number;
  /** Back-off after a failed attempt: base × 2^(attempts − 1), at most max, with jitter. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** From this many failed attempts on, each failure is logged as an error for the operators. */
  alertAfterAttempts: number;
  /** Requests delivered per poll at most, so one poll never runs unbounded. */
  batchSize: number;
  /** Told of a request the back office refused for good (a metric for staff to follow it up). */
  onRefused?: (reference: string) => void;
}

export const DEFAULT_OUTBOX_OPTIONS: ArrangementOutboxOptions = {
  pollMs: 1000,
  leaseMs: 30000,
  retryBaseMs: 2000,
  retryMaxMs: 15 * 60 * 1000,
  alertAfterAttempts: 5,
  batchSize: 50,
};

/** A refusal no retry changes: the request as it stands, or the debtor or claim it names, is not accepted. */
function refusedForGood(err: unknown): boolean {
  return err instanceof RequestRefusedError || err instanceof NotFoundError;
}

class DeliveryTimeoutError extends Error {
  constructor() {
    super('back office did not answer within the lease');
    this.name = 'DeliveryTimeoutError';
  }
}

/**
 * Delivers stored arrangement requests to the back office (transactional outbox): leases a due
 * request, submits it with its idempotency key and reference, and records the receipt or a retry
 * with back-off. A request is never dropped; a worker that dies mid-way only delays it until its
 * lease runs out, and the back office files one request per key however often it is called.
 */
export class ArrangementOutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private polling = false;
  private stopRequested = false;
  private readonly options: ArrangementOutboxOptions;

  constructor(
    private readonly store: ArrangementRequestStore,
    private readonly backOffice: CollectionSystem,
    private readonly logger: Logger,
    options: Partial<ArrangementOutboxOptions> = {},
    private readonly clock: Clock = systemClock,
    private readonly random: () => number = Math.random,
  ) {
    this.options = { ...DEFAULT_OUTBOX_OPTIONS, ...options };
  }

  start(): void {
    if (this.polling) return;
    this.polling = true;
    this.stopRequested = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the delivery under way, if any. */
  async stop(): Promise<void> {
    this.polling = false;
    this.stopRequested = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Delivers what is due now (at most one batch); resolves with the number delivered. */
  deliverDue(): Promise<number> {
    this.running ??= this.deliverBatch().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (!this.polling) return;
    this.timer = setTimeout(() => {
      void this.deliverDue()
        .catch((err: unknown) =>
          this.logger.error({ error: (err as Error)?.name }, 'arrangement outbox poll failed'),
        )
        .finally(() => this.schedule(this.options.pollMs));
    }, delayMs);
    this.timer.unref();
  }

  private async deliverBatch(): Promise<number> {
    let delivered = 0;
    for (let i = 0; i < this.options.batchSize && !this.stopRequested; i++) {
      const request = await this.store.claimDue(this.options.leaseMs);
      if (!request) break;
      if (await this.deliver(request)) delivered += 1;
    }
    return delivered;
  }

  private async deliver(request: ArrangementRequest): Promise<boolean> {
    const ids = { reference: request.reference, attempt: request.attempts };
    try {
      const receipt = await this.withinLease(
        this.backOffice.submitArrangement({
          ...request.submission,
          idempotencyKey: request.idempotencyKey,
          reference: request.reference,
        }),
      );
      await this.store.markDelivered(request.idempotencyKey, receipt);
      if (receipt.reference !== request.reference) {
        this.logger.warn(
          { ...ids, backOfficeReference: receipt.reference },
          'back office filed the arrangement request under another reference',
        );
      }
      this.logger.info({ ...ids, status: receipt.status }, 'arrangement request delivered');
      return true;
    } catch (err) {
      const errorName = (err as Error)?.name ?? 'Error';
      if (refusedForGood(err)) {
        // Sending it again cannot help: kept as refused (never retried) for staff to follow up.
        await this.store.markRefused(request.idempotencyKey, request.leaseToken ?? '', errorName);
        this.logger.error(
          { ...ids, error: errorName },
          'back office refused the arrangement request for good; not retried, staff must follow it up',
        );
        this.options.onRefused?.(request.reference);
        return false;
      }
      const retryAt = new Date(this.clock.now().getTime() + this.backoffMs(request.attempts));
      await this.store.markFailed(request.idempotencyKey, request.leaseToken ?? '', retryAt, errorName);
      const level = request.attempts >= this.options.alertAfterAttempts ? 'error' : 'warn';
      this.logger[level](
        { ...ids, error: errorName, retryAt: retryAt.toISOString() },
        'arrangement request delivery failed; will retry',
      );
      return false;
    }
  }

  /** base × 2^(attempts − 1), capped, then between half and all of it (spreads retries after an outage). */
  private backoffMs(attempts: number): number {
    const exponential = Math.min(
      this.options.retryMaxMs,
      this.options.retryBaseMs * 2 ** Math.max(0, attempts - 1),
    );
    return Math.round(exponential / 2 + (exponential / 2) * this.random());
  }

  private withinLease<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeliveryTimeoutError()), this.options.leaseMs);
      timer.unref();
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}
