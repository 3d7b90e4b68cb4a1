import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { HandoffConflictError } from '../domain/handoff/handoffCase';
import { HandoffNotFoundError, type HandoffQueue } from '../domain/handoff/handoffQueue';
import { HandoffTransitionError } from '../domain/handoff/handoffStateMachine';
import { toLocale } from '../domain/language/locale';
import type { CallbackStore } from '../domain/ports/callbackStore';
import type { Clock } from '../domain/ports/clock';
import type { Localizer } from '../domain/ports/localizer';
import type { Logger } from '../domain/ports/logger';
import type { StaffSession } from '../domain/ports/staffAccounts';
import type { TranscriptStore } from '../domain/ports/transcriptStore';
import type { ConsoleAuth } from './consoleAuth';
import { streamConsoleEvents } from './consoleEvents';
import { callbackRow, caseDetail, conversationKeyFromId, queueRow, queueStats, transcriptRow } from './consoleViews';

export interface ConsoleRouteDeps {
  auth: ConsoleAuth;
  queue: HandoffQueue;
  transcript: TranscriptStore;
  callbacks: CallbackStore;
  localizer: Localizer;
  clock: Clock;
  logger: Logger;
  pollMs: number;
  secureCookies: boolean;
}

const MAX_MESSAGE = 2000;
const STATIC: Record<string, string> = {
  'consoleCore.js': 'text/javascript; charset=utf-8',
  'consoleCase.js': 'text/javascript; charset=utf-8',
  'consoleLists.js': 'text/javascript; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

/** web/console, found from the sources (ts-jest) and from the build (dist/). */
function consoleDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'web', 'console'), path.resolve(__dirname, '..', '..', 'web', 'console')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? candidates[0];
}

type Handler = (req: Request, res: Response, session: StaffSession) => Promise<void>;

/**
 * The staff console: the page under GET /console and its JSON API under /console/api/*. Every API
 * route but login needs a session; every state-changing one also the CSRF token; the supervisor
 * figures need the supervisor role.
 */
export function registerConsoleRoutes(server: Server, deps: ConsoleRouteDeps): { close(): void } {
  const dir = consoleDir();
  const streams = new Set<Response>();
  const { auth, queue } = deps;

  const guarded = (handler: Handler, options: { csrf?: boolean; supervisor?: boolean } = {}) =>
    async (req: Request, res: Response): Promise<void> => {
      const session = await auth.session(req);
      if (!session) return void res.send(401, { error: 'unauthenticated' });
      if (options.csrf && !auth.checkCsrf(req, session)) return void res.send(403, { error: 'csrf' });
      if (options.supervisor && session.role !== 'supervisor') return void res.send(403, { error: 'forbidden' });
      try {
        await handler(req, res, session);
      } catch (err) {
        if (err instanceof HandoffConflictError || err instanceof HandoffTransitionError) return void res.send(409, { error: 'conflict' });
        if (err instanceof HandoffNotFoundError) return void res.send(404, { error: 'not found' });
        deps.logger.error({ error: { name: (err as Error)?.name } }, 'console request failed');
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    };
  const keyOf = (req: Request, res: Response): string | undefined => {
    const key = conversationKeyFromId(req.params?.id);
    if (!key) res.send(400, { error: 'invalid id' });
    return key;
  };
  const body = (req: Request): Record<string, unknown> => (typeof req.body === 'object' && req.body !== null ? req.body : {});

  server.get('/console', (_req, res, next) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(fs.readFileSync(path.join(dir, 'index.html')));
    next();
  });
  server.get('/console/assets/:file', (req, res, next) => {
    const file = String(req.params.file);
    if (!STATIC[file]) {
      res.send(404, { error: 'not found' });
      return next();
    }
    res.setHeader('Content-Type', STATIC[file]);
    res.end(fs.readFileSync(path.join(dir, file)));
    return next();
  });
  server.get('/console/api/texts/:lng', (req, res, next) => {
    const locale = toLocale(String(req.params.lng)) ?? 'nl';
    res.send(200, { locale, texts: deps.localizer.tObject(locale, 'console:ui') });
    next();
  });

  server.post('/console/api/login', async (req, res) => {
    const { username, password } = body(req);
    const result = await auth.login(username, password);
    if (!result) {
      deps.logger.info({}, 'console login refused');
      return void res.send(401, { error: 'invalid credentials' });
    }
    auth.setCookie(res, result.secret, deps.secureCookies);
    deps.logger.info({ role: result.session.role }, 'console login');
    res.send(200, { user: userView(result.session), csrfToken: result.session.csrfToken });
  });
  server.post('/console/api/logout', guarded(async (req, res) => {
    await auth.logout(req);
    auth.clearCookie(res);
    res.send(200, { ok: true });
  }, { csrf: true }));
  server.get('/console/api/me', guarded(async (_req, res, session) => {
    res.send(200, { user: userView(session), csrfToken: session.csrfToken });
  }));

  server.get('/console/api/queue', guarded(async (_req, res) => {
    const now = deps.clock.now();
    const cases = (await queue.list(['queued', 'with_agent'], 200)).filter((c) => c.route === 'console');
    let position = 0;
    res.send(200, { cases: cases.map((c) => queueRow(c, now, c.status === 'queued' ? ++position : undefined)) });
  }));
  server.get('/console/api/cases/:id', guarded(async (req, res) => {
    const key = keyOf(req, res);
    if (!key) return;
    const handoff = await queue.get(key);
    if (!handoff) return void res.send(404, { error: 'not found' });
    const transcript = await deps.transcript.list(key, 0, 500);
    const locale = toLocale(handoff.locale) ?? 'nl';
    res.send(200, {
      case: caseDetail(handoff, deps.clock.now()),
      transcript: transcript.map(transcriptRow),
      canned: deps.localizer.tObject(locale, 'console:canned'),
    });
  }));
  server.post('/console/api/cases/:id/claim', guarded(async (req, res, session) => {
    const key = keyOf(req, res);
    if (!key) return;
    const claimed = await queue.claim(key, session);
    res.send(200, { case: caseDetail(claimed, deps.clock.now()) });
  }, { csrf: true }));
  server.post('/console/api/cases/:id/messages', guarded(async (req, res, session) => {
    const key = keyOf(req, res);
    if (!key) return;
    const text = body(req).text;
    if (typeof text !== 'string' || !text.trim() || text.length > MAX_MESSAGE) return void res.send(400, { error: 'invalid text' });
    await queue.postAgentMessage(key, session, text.trim());
    res.send(202, { ok: true });
  }, { csrf: true }));
  server.post('/console/api/cases/:id/handback', guarded(async (req, res, session) => {
    const key = keyOf(req, res);
    if (!key) return;
    const note = body(req).note;
    const back = await queue.handBack(key, session, typeof note === 'string' ? note.slice(0, MAX_MESSAGE) : undefined);
    res.send(200, { case: caseDetail(back, deps.clock.now()) });
  }, { csrf: true }));
  server.post('/console/api/cases/:id/close', guarded(async (req, res, session) => {
    const key = keyOf(req, res);
    if (!key) return;
    const closed = await queue.close(key, session);
    res.send(200, { case: caseDetail(closed, deps.clock.now()) });
  }, { csrf: true }));

  server.get('/console/api/callbacks', guarded(async (_req, res) => {
    const now = deps.clock.now();
    res.send(200, { callbacks: (await deps.callbacks.listOpen(200)).map((r) => callbackRow(r, now)) });
  }));
  server.post('/console/api/callbacks/:id/done', guarded(async (req, res, session) => {
    const done = await deps.callbacks.markDone(String(req.params.id), session.username, deps.clock.now());
    res.send(done ? 200 : 404, done ? { ok: true } : { error: 'not found' });
  }, { csrf: true }));
  server.get('/console/api/stats', guarded(async (_req, res) => {
    const cases = (await queue.list(['queued', 'with_agent'], 500)).filter((c) => c.route === 'console');
    const callbacks = await deps.callbacks.listOpen(500);
    res.send(200, queueStats(cases, callbacks.length, deps.clock.now()));
  }, { supervisor: true }));

  server.get('/console/api/events', guarded((req, res, session) => streamConsoleEvents(req, res, session, { ...deps, streams })));
  return {
    close() {
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}

function userView(session: StaffSession) {
  return { username: session.username, displayName: session.displayName, role: session.role };
}
