import fs from 'node:fs';
import path from 'node:path';
import type { Response, Server } from 'restify';
import { toLocale } from '../domain/language/locale';
import type { Logger } from '../domain/ports/logger';
import type { StaffSession } from '../domain/ports/staffAccounts';
import type { ConsoleAuth } from './consoleAuth';
import { registerConsoleCaseRoutes, type ConsoleCaseDeps } from './consoleCaseRoutes';
import { streamConsoleEvents } from './consoleEvents';
import { consoleGuard, jsonBody } from './consoleGuard';

export interface ConsoleRouteDeps extends ConsoleCaseDeps {
  auth: ConsoleAuth;
  logger: Logger;
  pollMs: number;
  secureCookies: boolean;
}

const STATIC: Record<string, string> = {
  'consoleCore.js': 'text/javascript; charset=utf-8',
  'consoleQueue.js': 'text/javascript; charset=utf-8',
  'consoleCase.js': 'text/javascript; charset=utf-8',
  'consoleLists.js': 'text/javascript; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

/** web/console, found from the sources (ts-jest) and from the build (dist/). */
function consoleDir(): string {
  const candidates = [
    path.resolve(__dirname, '..', 'web', 'console'),
    path.resolve(__dirname, '..', '..', 'web', 'console'),
  ];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? candidates[0];
}

/**
 * The staff console: the page under GET /console and its JSON API under /console/api/*. Every API
 * route but login needs a session; every state-changing one also the CSRF token; the supervisor
 * figures need the supervisor role.
 */
export function registerConsoleRoutes(server: Server, deps: ConsoleRouteDeps): { close(): void } {
  const dir = consoleDir();
  const streams = new Set<Response>();
  const { auth } = deps;

  const guarded = consoleGuard(auth, deps.logger);

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
    const { username, password } = jsonBody(req);
    const result = await auth.login(username, password);
    if (result === 'throttled') {
      deps.logger.warn({}, 'console login throttled');
      return void res.send(429, { error: 'too many attempts' });
    }
    if (!result) {
      deps.logger.info({}, 'console login refused');
      return void res.send(401, { error: 'invalid credentials' });
    }
    auth.setCookie(res, result.secret, deps.secureCookies);
    deps.logger.info({ role: result.session.role }, 'console login');
    res.send(200, { user: userView(result.session), csrfToken: result.session.csrfToken });
  });
  server.post(
    '/console/api/logout',
    guarded(
      async (req, res) => {
        await auth.logout(req);
        auth.clearCookie(res);
        res.send(200, { ok: true });
      },
      { csrf: true },
    ),
  );
  server.get(
    '/console/api/me',
    guarded(async (_req, res, session) => {
      res.send(200, { user: userView(session), csrfToken: session.csrfToken });
    }),
  );

  registerConsoleCaseRoutes(server, guarded, deps);

  server.get(
    '/console/api/events',
    guarded((req, res, session) => streamConsoleEvents(req, res, session, { ...deps, streams })),
  );
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
