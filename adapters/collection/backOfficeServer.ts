import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { NotFoundError } from '../../domain/errors';
import { type Logger, silentLogger } from '../../domain/ports/logger';
import { type DemoCollectionSystem, DuplicateReferenceError } from './demoCollectionSystem';
import { asSubmissionBody, RecordShapeError } from './recordShapes';

/**
 * Misbehaviour on demand, so the HTTP adapter's timeouts, retries and circuit breaker can be shown
 * against a real server: answers can be slowed down, failed with a status, or cut off.
 */
export interface BackOfficeFaults {
  /** Wait this long before answering each request. */
  delayMs: number;
  /** Answer this many coming requests with `failStatus`. */
  failNext: number;
  failStatus: number;
  /** Close the connection of this many coming requests without an answer. */
  dropNext: number;
}

/** What the server received (the latest RECEIVED_KEPT), for tests: no bodies, only what shows the client's behaviour. */
export interface ReceivedRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
}

export interface BackOfficeServer {
  server: restify.Server;
  faults: BackOfficeFaults;
  received: ReceivedRequest[];
  /** Listens (port 0 = any free port) and resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface BackOfficeServerOptions {
  system: DemoCollectionSystem;
  /** When set, every request but /health needs `Authorization: Bearer <token>`. */
  token?: string;
  logger?: Logger;
}

type Handler = (req: restify.Request) => Promise<{ status: number; body: unknown }>;

const PROBLEM = 'application/problem+json';
/** A long-running demo server must not grow without bound. */
const RECEIVED_KEPT = 1000;

function problem(status: number, title: string): { status: number; body: unknown } {
  return { status, body: { type: 'about:blank', title, status } };
}

/**
 * The demo back office over HTTP, implementing adapters/collection/openapi.yaml
 * (`npm run backoffice` serves it; the HTTP adapter's tests start it in-process).
 */
export function createBackOfficeServer(options: BackOfficeServerOptions): BackOfficeServer {
  const { system } = options;
  const logger = options.logger ?? silentLogger;
  const faults: BackOfficeFaults = { delayMs: 0, failNext: 0, failStatus: 503, dropNext: 0 };
  const received: ReceivedRequest[] = [];
  const server = restify.createServer({ name: 'cjib-demo-backoffice', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false }));

  const route = (method: 'get' | 'post', path: string, handler: Handler, open = false): void => {
    server[method](path, async (req: restify.Request, res: restify.Response) => {
      const key = req.header('idempotency-key');
      received.push({
        method: method.toUpperCase(),
        path: req.path(),
        ...(key ? { idempotencyKey: key } : {}),
      });
      if (received.length > RECEIVED_KEPT) received.splice(0, received.length - RECEIVED_KEPT);
      if (faults.dropNext > 0) {
        faults.dropNext--;
        req.socket.destroy();
        return;
      }
      if (faults.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
      let answer: { status: number; body: unknown };
      if (faults.failNext > 0) {
        faults.failNext--;
        answer = problem(faults.failStatus, 'injected failure');
      } else if (!open && options.token && req.header('authorization') !== `Bearer ${options.token}`) {
        answer = problem(401, 'unauthorized');
      } else {
        answer = await handler(req).catch((err: unknown) => {
          if (err instanceof NotFoundError) return problem(404, 'not found');
          if (err instanceof RecordShapeError) return problem(400, 'malformed request');
          if (err instanceof DuplicateReferenceError) return problem(409, 'reference already filed');
          logger.error({ error: { name: (err as Error)?.name } }, 'back office request failed');
          return problem(500, 'internal error');
        });
      }
      if (res.destroyed || res.headersSent) return;
      const type = answer.status >= 400 ? PROBLEM : 'application/json';
      res.writeHead(answer.status, { 'content-type': type });
      res.end(JSON.stringify(answer.body));
    });
  };

  const param = (req: restify.Request, name: string): string =>
    String((req.params as Record<string, unknown>)[name] ?? '');
  const found = (value: unknown) =>
    value === undefined ? problem(404, 'not found') : { status: 200, body: value };

  route('get', '/health', async () => ({ status: 200, body: { status: 'ok' } }), true);
  route('get', '/claims/:cjibNumber', async (req) => found(await system.findClaim(param(req, 'cjibNumber'))));
  route('get', '/debtors/:debtorId', async (req) => found(await system.findDebtor(param(req, 'debtorId'))));
  route('get', '/debtors/:debtorId/open-claims', async (req) => ({
    status: 200,
    body: { claims: await system.listOpenClaims(param(req, 'debtorId')) },
  }));
  route('get', '/debtors/:debtorId/arrangement-status', async (req) => ({
    status: 200,
    body: await system.getArrangementStatus(param(req, 'debtorId')),
  }));
  route('post', '/arrangement-requests', async (req) => {
    const key = req.header('idempotency-key');
    if (!key || key.length > 200) return problem(400, 'Idempotency-Key header required');
    const { receipt, created } = await system.fileArrangement({
      ...asSubmissionBody(req.body),
      idempotencyKey: key,
    });
    return { status: created ? 201 : 200, body: receipt };
  });
  route('get', '/arrangement-requests/:reference', async (req) =>
    found(await system.getRequestStatus(param(req, 'reference'))),
  );

  server.on('restifyError', (_req, _res, err, callback) => {
    err.toJSON = () => ({
      type: 'about:blank',
      title: err.statusCode < 500 ? err.message : 'internal error',
      status: err.statusCode,
    });
    return callback();
  });

  return {
    server,
    faults,
    received,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve) => {
        server.listen(port, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}`));
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
