import type { Activity, TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Logger } from '../domain/ports/logger';
import { validateActivity } from './activityValidation';
import type { SecureCloudAdapter } from './securityAdapter';
import { securityHeaders } from './securityHeaders';
import { metricsHandler, type MetricsSource } from './metricsEndpoint';

export interface ServerOptions {
  adapter: SecureCloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** True when every dependency the assistant needs to answer is reachable. */
  isReady: () => Promise<boolean>;
  maxBodyBytes?: number;
  /** Runs before routing and body parsing (e.g. the per-IP rate limit). */
  preHandlers?: restify.RequestHandler[];
  /** Served at GET /metrics (Prometheus text format); `metricsToken` makes it require a bearer token. */
  metrics?: MetricsSource;
  metricsToken?: string;
}

/**
 * The HTTP surface: the Bot Framework messaging endpoint and the health probes. Features add their
 * routes (chat page, Direct Line, console) to the returned server.
 */
export function createServer(options: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'cjib-assistant', handleUncaughtExceptions: false });
  server.pre(securityHeaders());
  for (const handler of options.preHandlers ?? []) server.pre(handler);
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const problems = validateActivity(req.body);
    if (problems.length > 0) {
      res.send(400, { error: 'invalid activity', problems });
      return;
    }
    try {
      const authHeader = String(req.headers.authorization ?? '');
      const result = await options.adapter.processHttp(req.body as Activity, authHeader, options.logic);
      if (result.body === undefined) res.send(result.status);
      else res.send(result.status, result.body);
    } catch (err) {
      options.logger.error({ error: { name: (err as Error)?.name } }, 'messaging endpoint failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  server.get('/readyz', async (_req, res) => {
    const ready = await options.isReady().catch(() => false);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
  });

  if (options.metrics) server.get('/metrics', metricsHandler(options.metrics, options.metricsToken));

  // Errors raised by restify itself (e.g. unparsable JSON) answer in JSON without internals.
  server.on('restifyError', (req, res, err, callback) => {
    err.toJSON = () => ({ error: err.message && err.statusCode < 500 ? err.message : 'internal error' });
    return callback();
  });
  return server;
}
