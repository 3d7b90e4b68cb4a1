import { connect, createServer, type Server, type Socket } from 'node:net';
import {
  startEmbeddedMongoServer,
  type EmbeddedMongoServer,
} from '../../adapters/storage/embeddedMongoServer';
import { startBackOffice, type RunningBackOffice } from '../../scripts/backoffice';
import { startTestApp, textOf, type TestApp } from '../support/testApp';

/**
 * Faults: MongoDB unreachable (through a TCP proxy the test can cut), and the back office down or
 * slow. The process must stay up, citizens get an apology and a person, it recovers by itself,
 * and an arrangement filed during the outage reaches the back office later, exactly once.
 */

/** A TCP proxy in front of the database that can be cut (connections dropped, new ones refused) and restored. */
class CuttableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

const STACK = /(\bat [\w.<>]+ \(|node_modules|\.ts:\d+|MongoServerSelectionError|stack)/;

describe('faults: MongoDB unreachable', () => {
  let db: EmbeddedMongoServer;
  let proxy: CuttableProxy;
  let app: TestApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    db = await startEmbeddedMongoServer();
    const uri = new URL(db.uri);
    proxy = new CuttableProxy({ host: uri.hostname, port: Number(uri.port) });
    await proxy.up();
    uri.port = String(proxy.port);
    app = await startTestApp({ MONGODB_URI: uri.toString() });
  });
  afterAll(async () => {
    process.removeListener('unhandledRejection', onUnhandled);
    await app?.close();
    await proxy?.down();
    await db?.stop();
  });

  it('answers 503 on /readyz, apologises to citizens, never crashes, and recovers by itself', async () => {
    const before = app.conversation();
    expect((await before.start()).length).toBeGreaterThan(0);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);

    await proxy.down();
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const during = app.conversation();
    const response = await during.postRaw({ type: 'message', text: 'Hoe kan ik betalen?' });
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toMatch(/Sorry, er ging bij mij iets mis/);
    expect(body).toMatch(/Medewerker/i);
    expect(body).not.toMatch(STACK);

    await proxy.up();
    expect(await until(async () => (await fetch(`${app.url}/readyz`)).status === 200, 20_000)).toBe(true);
    const after = app.conversation();
    await after.start();
    expect(textOf(await after.say('Hoe kan ik mijn boete betalen?'))).not.toMatch(
      /Sorry, er ging bij mij iets mis/,
    );
    expect(unhandled).toEqual([]);
  }, 60_000);
});

describe('faults: back office down or slow', () => {
  let backOffice: RunningBackOffice;
  let app: TestApp;

  beforeAll(async () => {
    backOffice = await startBackOffice({ port: 0, memory: true });
    app = await startTestApp({
      COLLECTION_SYSTEM_URL: backOffice.url,
      COLLECTION_TIMEOUT_MS: '300',
      COLLECTION_RETRIES: '1',
      COLLECTION_RETRY_BACKOFF_MS: '50',
      COLLECTION_BREAKER_RESET_MS: '500',
      ARRANGEMENT_OUTBOX_POLL_MS: '200',
    });
  });
  afterAll(async () => {
    await app?.close();
    await backOffice?.close();
  });

  const lookup = async (): Promise<string> => {
    const citizen = app.conversation();
    await citizen.start();
    await citizen.say('Ik wil weten wat ik nog moet betalen');
    await citizen.say('9698948614580658');
    return textOf(await citizen.say('8911 AB'));
  };

  it('down: the citizen gets an apology and a person, no crash', async () => {
    backOffice.http.faults.failNext = 1_000_000;
    const reply = await lookup();
    backOffice.http.faults.failNext = 0;
    expect(reply).not.toMatch(/€/);
    expect(reply).toMatch(/medewerker/i);
    expect(reply).not.toMatch(STACK);
  });

  it('slow: the same, within the timeout', async () => {
    await new Promise((resolve) => setTimeout(resolve, 600)); // let the breaker half-open
    backOffice.http.faults.delayMs = 2000;
    const started = Date.now();
    const reply = await lookup();
    backOffice.http.faults.delayMs = 0;
    expect(Date.now() - started).toBeLessThan(8000);
    expect(reply).not.toMatch(/€/);
    expect(reply).toMatch(/medewerker/i);
  });

  it('an arrangement confirmed while the back office is down is delivered later, exactly once', async () => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    const citizen = app.conversation();
    await citizen.start();
    await citizen.say('Ik wil een betalingsregeling');
    await citizen.say('9698948614580658');
    expect(textOf(await citizen.say('8911 AB'))).toMatch(/per maand/);
    await citizen.say('ja');
    await citizen.say('jan@example.nl');
    backOffice.http.faults.failNext = 1_000_000;
    const confirmed = textOf(await citizen.say('ja'));
    const reference = /BR-\d{4}-\d+/.exec(confirmed)?.[0];
    expect(reference).toBeDefined();

    const requests = app.app.mongo!.db.collection('arrangementRequests');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await requests.findOne({ reference }))?.state).not.toBe('delivered');

    backOffice.http.faults.failNext = 0;
    expect(
      await until(async () => (await requests.findOne({ reference }))?.state === 'delivered', 20_000),
    ).toBe(true);
    expect(await backOffice.system.getRequestStatus(reference!)).toBeDefined();
    expect(await requests.countDocuments({ reference })).toBe(1);
    const attempts = backOffice.http.received.filter((r) => r.idempotencyKey);
    expect(new Set(attempts.map((r) => r.idempotencyKey)).size).toBe(1);
    // Delivered: no further attempt is made.
    const count = attempts.length;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(backOffice.http.received.filter((r) => r.idempotencyKey).length).toBe(count);
  }, 60_000);
});
