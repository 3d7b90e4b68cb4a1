import type { CloudAdapter, TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Logger } from '../domain/ports/logger';
import { validateActivity } from './activityValidation';

export interface ServerOptions {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** True when every dependency the assistant needs to answer is reachable. */
  isReady: () => Promise<boolean>;
  maxBodyBytes?: number;
}

/**
 * The HTTP surface: the Bot Framework messaging endpoint and the health probes. Features add their
 * routes (chat page, Direct Line, console) to the returned server.
 */
export function createServer(options: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'cjib-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const problems = validateActivity(req.body);
    if (problems.length > 0) {
      res.send(400, { error: 'invalid activity', problems });
      return;
    }
    try {
      await options.adapter.process(req, res, options.logic);
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

  // Errors raised by restify itself (e.g. unparsable JSON) answer in JSON without internals.
  server.on('restifyError', (req, res, err, callback) => {
    err.toJSON = () => ({ error: err.message && err.statusCode < 500 ? err.message : 'internal error' });
    return callback();
  });
  return server;
}
