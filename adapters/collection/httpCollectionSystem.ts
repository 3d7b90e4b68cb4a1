import type { Claim, Debtor } from '../../domain/claims/claim';
import { CollectionUnavailableError, NotFoundError, RequestRefusedError } from '../../domain/errors';
import type {
  ArrangementReceipt,
  ArrangementSubmission,
  CollectionSystem,
  DebtorArrangementStatus,
} from '../../domain/ports/collectionSystem';
import { type Logger, silentLogger } from '../../domain/ports/logger';
import { CircuitBreaker } from './circuitBreaker';
import { asArrangementStatus, asClaim, asDebtor, asReceipt, RecordShapeError } from './recordShapes';

export interface HttpCollectionOptions {
  /** COLLECTION_SYSTEM_URL: the back office's base URL (adapters/collection/openapi.yaml). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when set. */
  token?: string;
  /** Per attempt, answer body included. */
  timeoutMs: number;
  /** Extra attempts after a 5xx answer, a network error or a timeout (never after a 4xx). */
  retries: number;
  /** Pause before the first retry; doubles per retry, with jitter. */
  backoffMs: number;
  /** Failed calls in a row that open the circuit breaker. */
  breakerThreshold: number;
  /** How long the breaker stays open before one trial call. */
  breakerResetMs: number;
  logger?: Logger;
  /** For tests: time source of the breaker, randomness of the jitter, and the pause. */
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface CallOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  idempotencyKey?: string;
}

interface Answer {
  status: number;
  json: unknown;
}

/** Answers that are worth another try: the server failed, not the request. */
/** Answers to a submitted request that no retry changes (a 401/403 is a setting to fix, then retried). */
const REFUSED_FOR_GOOD = new Set([400, 409, 410, 422]);

function retryable(status: number): boolean {
  return status >= 500;
}

/**
 * The back office over HTTP: every call has a timeout, is retried with exponential backoff on
 * 5xx and network errors only, and goes through a circuit breaker. Failures surface as the
 * domain's errors: NotFoundError for a 404 where the port expects a record, and
 * CollectionUnavailableError for everything the citizen can only wait out. URLs hold CJIB numbers,
 * so log lines name the operation, never the URL.
 */
export class HttpCollectionSystem implements CollectionSystem {
  private readonly breaker: CircuitBreaker;
  private readonly logger: Logger;
  private readonly baseUrl: string;

  constructor(private readonly options: HttpCollectionOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.logger = options.logger ?? silentLogger;
    this.breaker = new CircuitBreaker({
      threshold: options.breakerThreshold,
      resetMs: options.breakerResetMs,
      now: options.now,
    });
  }

  get breakerState(): CircuitBreaker['state'] {
    return this.breaker.state;
  }

  async findClaim(cjibNumber: string): Promise<Claim | undefined> {
    const answer = await this.call('findClaim', `/claims/${encodeURIComponent(cjibNumber)}`);
    return answer.status === 404 ? undefined : this.parse('findClaim', answer, asClaim);
  }

  async findDebtor(debtorId: string): Promise<Debtor | undefined> {
    const answer = await this.call('findDebtor', `/debtors/${encodeURIComponent(debtorId)}`);
    return answer.status === 404 ? undefined : this.parse('findDebtor', answer, asDebtor);
  }

  async listOpenClaims(debtorId: string): Promise<Claim[]> {
    const answer = await this.call('listOpenClaims', `/debtors/${encodeURIComponent(debtorId)}/open-claims`);
    if (answer.status === 404) throw new NotFoundError('debtor');
    return this.parse('listOpenClaims', answer, (json) => {
      const claims = (json as { claims?: unknown })?.claims;
      if (!Array.isArray(claims)) throw new RecordShapeError('claims');
      return claims.map(asClaim);
    });
  }

  async getArrangementStatus(debtorId: string): Promise<DebtorArrangementStatus> {
    const answer = await this.call(
      'getArrangementStatus',
      `/debtors/${encodeURIComponent(debtorId)}/arrangement-status`,
    );
    if (answer.status === 404) throw new NotFoundError('debtor');
    return this.parse('getArrangementStatus', answer, asArrangementStatus);
  }

  async submitArrangement(request: ArrangementSubmission): Promise<ArrangementReceipt> {
    const { idempotencyKey, ...body } = request;
    const answer = await this.call('submitArrangement', '/arrangement-requests', {
      method: 'POST',
      body,
      idempotencyKey,
    });
    if (answer.status === 404) throw new NotFoundError('debtor or claim');
    // Invalid as it stands, or in conflict with a request on file: sending it again cannot help.
    if (REFUSED_FOR_GOOD.has(answer.status)) throw new RequestRefusedError(answer.status);
    return this.parse('submitArrangement', answer, asReceipt);
  }

  async getRequestStatus(reference: string): Promise<ArrangementReceipt | undefined> {
    const answer = await this.call(
      'getRequestStatus',
      `/arrangement-requests/${encodeURIComponent(reference)}`,
    );
    return answer.status === 404 ? undefined : this.parse('getRequestStatus', answer, asReceipt);
  }

  /** A 2xx body in the documented shape, else the back office is treated as unavailable. */
  private parse<T>(operation: string, answer: Answer, shape: (json: unknown) => T): T {
    if (answer.status < 200 || answer.status >= 300) {
      this.logger.warn({ operation, status: answer.status }, 'back office refused the request');
      throw new CollectionUnavailableError(`${operation} answered ${answer.status}`);
    }
    try {
      return shape(answer.json);
    } catch (err) {
      this.logger.error(
        { operation, error: { name: (err as Error)?.name } },
        'back office answer has an unexpected shape',
      );
      throw new CollectionUnavailableError(`${operation}: unexpected answer`);
    }
  }

  private async call(operation: string, path: string, options: CallOptions = {}): Promise<Answer> {
    if (!this.breaker.tryAcquire()) throw new CollectionUnavailableError('circuit open');
    let reason = 'no attempt';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) await this.pause(attempt);
      try {
        const answer = await this.attempt(path, options);
        if (!retryable(answer.status)) {
          this.breaker.recordSuccess();
          return answer;
        }
        reason = `status ${answer.status}`;
      } catch (err) {
        reason = (err as Error)?.name === 'TimeoutError' ? 'timeout' : 'network error';
      }
      this.logger.warn({ operation, attempt: attempt + 1, reason }, 'back office call failed');
    }
    this.breaker.recordFailure();
    throw new CollectionUnavailableError(`${operation}: ${reason}`);
  }

  private async attempt(path: string, options: CallOptions): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    // Read the whole body under the same timeout: a server that stalls mid-answer is a failure too.
    const raw = await response.text();
    let json: unknown;
    try {
      json = raw ? JSON.parse(raw) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, json };
  }

  /** Exponential backoff with full jitter: uniform in [base·2^(n-1) / 2, base·2^(n-1)]. */
  private pause(retry: number): Promise<void> {
    const ceiling = this.options.backoffMs * 2 ** (retry - 1);
    const ms = Math.round(ceiling / 2 + (this.options.random ?? Math.random)() * (ceiling / 2));
    return (this.options.sleep ?? ((t) => new Promise((resolve) => setTimeout(resolve, t))))(ms);
  }
}
