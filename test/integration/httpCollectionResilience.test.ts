import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  HttpCollectionSystem,
  type HttpCollectionOptions,
} from '../../adapters/collection/httpCollectionSystem';
import { CollectionUnavailableError, NotFoundError, RequestRefusedError } from '../../domain/errors';
import { startBackOffice, type RunningBackOffice } from '../../scripts/backoffice';
import { D01_NUMBER, submission } from '../contract/collectionSystemContract';

/** The HTTP adapter against the demo back office made slow, failing and unreachable, over a real socket. */
describe('HttpCollectionSystem: timeouts, retries, circuit breaker', () => {
  let backOffice: RunningBackOffice;
  let now = 0;
  const sleeps: number[] = [];

  const adapter = (overrides: Partial<HttpCollectionOptions> = {}): HttpCollectionSystem =>
    new HttpCollectionSystem({
      baseUrl: backOffice.url,
      timeoutMs: 300,
      retries: 2,
      backoffMs: 40,
      breakerThreshold: 3,
      breakerResetMs: 10_000,
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
      ...overrides,
    });

  beforeAll(async () => {
    backOffice = await startBackOffice({
      port: 0,
      memory: true,
      clock: { now: () => new Date('2026-11-22T10:00:00Z') },
    });
  });
  afterAll(async () => backOffice.close());
  beforeEach(() => {
    Object.assign(backOffice.http.faults, { delayMs: 0, failNext: 0, failStatus: 503, dropNext: 0 });
    backOffice.http.received.length = 0;
    sleeps.length = 0;
    now = 0;
  });

  it('retries a 5xx with growing backoff and then answers', async () => {
    backOffice.http.faults.failNext = 2;
    const claim = await adapter().findClaim(D01_NUMBER);
    expect(claim?.debtorId).toBe('D01');
    expect(backOffice.http.received).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(20);
    expect(sleeps[0]).toBeLessThanOrEqual(40);
    expect(sleeps[1]).toBeGreaterThanOrEqual(40);
    expect(sleeps[1]).toBeLessThanOrEqual(80);
  });

  it('retries a dropped connection (network error)', async () => {
    backOffice.http.faults.dropNext = 1;
    expect(await adapter().findDebtor('D01')).toMatchObject({ id: 'D01' });
    expect(backOffice.http.received).toHaveLength(2);
  });

  it('gives up after the retries with CollectionUnavailableError', async () => {
    backOffice.http.faults.failNext = 10;
    await expect(adapter().findClaim(D01_NUMBER)).rejects.toBeInstanceOf(CollectionUnavailableError);
    expect(backOffice.http.received).toHaveLength(3);
  });

  it('never retries a 4xx: a 404 is an answer, a 401 is a refusal', async () => {
    expect(await adapter().findClaim('1234567890123456')).toBeUndefined();
    await expect(adapter().listOpenClaims('D99')).rejects.toBeInstanceOf(NotFoundError);
    expect(backOffice.http.received).toHaveLength(2);
    backOffice.http.faults.failNext = 1;
    backOffice.http.faults.failStatus = 401;
    await expect(adapter().findClaim(D01_NUMBER)).rejects.toBeInstanceOf(CollectionUnavailableError);
    expect(backOffice.http.received).toHaveLength(3);
  });

  it('a submission refused for good (422, 409) is a RequestRefusedError: the outbox does not retry it', async () => {
    for (const status of [422, 409]) {
      backOffice.http.faults.failNext = 1;
      backOffice.http.faults.failStatus = status;
      await expect(adapter().submitArrangement(submission())).rejects.toBeInstanceOf(RequestRefusedError);
    }
    expect(backOffice.http.received.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('times out a slow server per attempt, and retries', async () => {
    backOffice.http.faults.delayMs = 1000;
    const started = Date.now();
    await expect(adapter({ retries: 1 }).findClaim(D01_NUMBER)).rejects.toThrow(/timeout/);
    const took = Date.now() - started;
    expect(backOffice.http.received).toHaveLength(2);
    expect(took).toBeGreaterThanOrEqual(550);
    expect(took).toBeLessThan(1500);
  });

  it('answers within the timeout when the server is slow but not too slow', async () => {
    backOffice.http.faults.delayMs = 100;
    expect(await adapter().findClaim(D01_NUMBER)).toBeDefined();
    expect(backOffice.http.received).toHaveLength(1);
  });

  it('sends the same Idempotency-Key on every attempt of a submission and files it once', async () => {
    const request = submission();
    backOffice.http.faults.failNext = 1;
    const receipt = await adapter().submitArrangement(request);
    expect(receipt.reference).toBe(request.reference);
    const posts = backOffice.http.received.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts.every((p) => p.idempotencyKey === request.idempotencyKey)).toBe(true);
    // A retry after a lost answer (the request was filed, the answer never came) files nothing new.
    backOffice.http.faults.dropNext = 0;
    expect(await adapter().submitArrangement({ ...request })).toEqual(receipt);
  });

  it('opens the breaker after repeated failures, fails fast, and closes after a good trial call', async () => {
    const system = adapter({ retries: 0 });
    backOffice.http.faults.failNext = 3;
    for (let i = 0; i < 3; i++)
      await expect(system.findClaim(D01_NUMBER)).rejects.toBeInstanceOf(CollectionUnavailableError);
    expect(system.breakerState).toBe('open');
    const seen = backOffice.http.received.length;
    await expect(system.findClaim(D01_NUMBER)).rejects.toThrow(/circuit open/);
    expect(backOffice.http.received).toHaveLength(seen);

    now += 10_000;
    expect(system.breakerState).toBe('half_open');
    backOffice.http.faults.failNext = 1;
    await expect(system.findClaim(D01_NUMBER)).rejects.toBeInstanceOf(CollectionUnavailableError);
    expect(system.breakerState).toBe('open');

    now += 10_000;
    expect(await system.findClaim(D01_NUMBER)).toBeDefined();
    expect(system.breakerState).toBe('closed');
  });

  it('reports a server that is not there as unavailable', async () => {
    const gone = new HttpCollectionSystem({
      baseUrl: 'http://127.0.0.1:1',
      timeoutMs: 200,
      retries: 1,
      backoffMs: 1,
      breakerThreshold: 5,
      breakerResetMs: 1000,
    });
    await expect(gone.findClaim(D01_NUMBER)).rejects.toThrow(/network error/);
  });
});

describe('adapters/collection/openapi.yaml', () => {
  const spec = YAML.parse(
    fs.readFileSync(path.resolve(__dirname, '../../adapters/collection/openapi.yaml'), 'utf8'),
  ) as {
    paths: Record<string, Record<string, unknown>>;
  };

  it('documents exactly the routes the back office serves', async () => {
    const backOffice = await startBackOffice({ port: 0, memory: true });
    try {
      const documented = Object.entries(spec.paths)
        .flatMap(([p, ops]) =>
          Object.keys(ops).map((method) => `${method.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
        )
        .sort();
      const router = (
        backOffice.http.server as unknown as {
          router: { getRoutes(): Record<string, { method: string; path: string }> };
        }
      ).router;
      const served = Object.values(router.getRoutes())
        .map((r) => `${r.method} ${r.path}`)
        .sort();
      expect(served).toEqual(documented);
    } finally {
      await backOffice.close();
    }
  });
});
