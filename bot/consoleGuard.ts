import type { Request, Response } from 'restify';
import { HandoffConflictError } from '../domain/handoff/handoffCase';
import { HandoffNotFoundError } from '../domain/handoff/handoffQueue';
import { HandoffTransitionError } from '../domain/handoff/handoffStateMachine';
import type { Logger } from '../domain/ports/logger';
import type { StaffSession } from '../domain/ports/staffAccounts';
import type { ConsoleAuth } from './consoleAuth';
import { conversationKeyFromId } from './consoleViews';

export type ConsoleHandler = (req: Request, res: Response, session: StaffSession) => Promise<void>;
export type GuardOptions = { csrf?: boolean; supervisor?: boolean };
export type Guard = (
  handler: ConsoleHandler,
  options?: GuardOptions,
) => (req: Request, res: Response) => Promise<void>;

/**
 * Wraps a console API handler: no session → 401; a state-changing request without the session's
 * CSRF token → 403; a supervisor route for an agent → 403. Handoff errors become 409 (someone else
 * moved the case first) or 404; anything else 500, logged without details.
 */
export function consoleGuard(auth: ConsoleAuth, logger: Logger): Guard {
  return (handler, options = {}) =>
    async (req, res) => {
      const session = await auth.session(req);
      if (!session) return void res.send(401, { error: 'unauthenticated' });
      if (options.csrf && !auth.checkCsrf(req, session)) return void res.send(403, { error: 'csrf' });
      if (options.supervisor && session.role !== 'supervisor')
        return void res.send(403, { error: 'forbidden' });
      try {
        await handler(req, res, session);
      } catch (err) {
        if (err instanceof HandoffConflictError || err instanceof HandoffTransitionError) {
          return void res.send(409, { error: 'conflict' });
        }
        if (err instanceof HandoffNotFoundError) return void res.send(404, { error: 'not found' });
        logger.error({ error: { name: (err as Error)?.name } }, 'console request failed');
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    };
}

/** The conversation key from the `:id` route parameter, or a 400 answer and undefined. */
export function caseKey(req: Request, res: Response): string | undefined {
  const key = conversationKeyFromId(req.params?.id);
  if (!key) res.send(400, { error: 'invalid id' });
  return key;
}

/** The parsed JSON body as an object (never an array or a primitive). */
export function jsonBody(req: Request): Record<string, unknown> {
  return typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? req.body : {};
}
