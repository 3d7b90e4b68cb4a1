import type { Server } from 'restify';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';
import { toLocale } from '../domain/language/locale';
import { isCallbackOutcome, type CallbackStore } from '../domain/ports/callbackStore';
import type { Clock } from '../domain/ports/clock';
import type { Localizer } from '../domain/ports/localizer';
import type { TranscriptStore } from '../domain/ports/transcriptStore';
import { caseKey, jsonBody, type Guard } from './consoleGuard';
import {
  callbackRow,
  caseDetail,
  claimedBy,
  conversationKeyFromId,
  queueRow,
  queueStats,
  transcriptRow,
} from './consoleViews';
import type { LiveTranscript } from './liveTranscript';

export interface ConsoleCaseDeps {
  queue: HandoffQueue;
  transcript: TranscriptStore;
  callbacks: CallbackStore;
  localizer: Localizer;
  clock: Clock;
  /** The words as typed, shown to the claiming agent only (absent: everyone sees the stored, masked text). */
  live?: LiveTranscript;
}

const MAX_MESSAGE = 2000;

/** The queue, one conversation (read, claim, chat, hand back, close), callback requests and the supervisor figures. */
export function registerConsoleCaseRoutes(server: Server, guarded: Guard, deps: ConsoleCaseDeps): void {
  const { queue, clock } = deps;
  const csrf = { csrf: true };
  const consoleCases = async (limit: number) =>
    (await queue.list(['queued', 'with_agent'], limit)).filter((c) => c.route === 'console');

  server.get(
    '/console/api/queue',
    guarded(async (_req, res) => {
      const now = clock.now();
      let position = 0;
      const cases = await consoleCases(200);
      res.send(200, {
        cases: cases.map((c) => queueRow(c, now, c.status === 'queued' ? ++position : undefined)),
      });
    }),
  );

  server.get(
    '/console/api/cases/:id',
    guarded(async (req, res, session) => {
      const key = caseKey(req, res);
      if (!key) return;
      const handoff = await queue.get(key);
      if (!handoff) return void res.send(404, { error: 'not found' });
      const rows = (await deps.transcript.list(key, 0, 500)).map(transcriptRow);
      res.send(200, {
        case: caseDetail(handoff, clock.now()),
        transcript: claimedBy(handoff, session) && deps.live ? deps.live.reveal(key, rows) : rows,
        // Canned answers go to the citizen, so they are in the citizen's language.
        canned: deps.localizer.tObject(toLocale(handoff.locale) ?? 'nl', 'console:canned'),
      });
    }),
  );

  server.post(
    '/console/api/cases/:id/claim',
    guarded(async (req, res, session) => {
      const key = caseKey(req, res);
      if (key) res.send(200, { case: caseDetail(await queue.claim(key, session), clock.now()) });
    }, csrf),
  );

  server.post(
    '/console/api/cases/:id/messages',
    guarded(async (req, res, session) => {
      const key = caseKey(req, res);
      if (!key) return;
      const text = jsonBody(req).text;
      if (typeof text !== 'string' || !text.trim() || text.length > MAX_MESSAGE) {
        return void res.send(400, { error: 'invalid text' });
      }
      const stored = await queue.postAgentMessage(key, session, text.trim());
      deps.live?.remember(key, stored, text.trim());
      res.send(202, { ok: true });
    }, csrf),
  );

  server.post(
    '/console/api/cases/:id/handback',
    guarded(async (req, res, session) => {
      const key = caseKey(req, res);
      if (!key) return;
      const note = jsonBody(req).note;
      const back = await queue.handBack(
        key,
        session,
        typeof note === 'string' ? note.slice(0, MAX_MESSAGE) : undefined,
      );
      deps.live?.forget(key);
      res.send(200, { case: caseDetail(back, clock.now()) });
    }, csrf),
  );

  server.post(
    '/console/api/cases/:id/close',
    guarded(async (req, res, session) => {
      const key = caseKey(req, res);
      if (!key) return;
      const closed = await queue.close(key, session);
      deps.live?.forget(key);
      res.send(200, { case: caseDetail(closed, clock.now()) });
    }, csrf),
  );

  server.get(
    '/console/api/callbacks',
    guarded(async (_req, res) => {
      const now = clock.now();
      res.send(200, { callbacks: (await deps.callbacks.listOpen(200)).map((r) => callbackRow(r, now)) });
    }),
  );

  server.post(
    '/console/api/callbacks/:id/done',
    guarded(async (req, res, session) => {
      const outcome = jsonBody(req).outcome;
      const done = await deps.callbacks.markDone(
        String(req.params.id),
        session.username,
        clock.now(),
        isCallbackOutcome(outcome) ? outcome : 'reached',
      );
      res.send(done ? 200 : 404, done ? { ok: true } : { error: 'not found' });
    }, csrf),
  );

  // The conversation behind a callback request (stored, masked): what the citizen asked before.
  server.get(
    '/console/api/conversations/:id/transcript',
    guarded(async (req, res) => {
      const key = conversationKeyFromId(req.params.id);
      if (!key) return void res.send(400, { error: 'invalid id' });
      res.send(200, { transcript: (await deps.transcript.list(key, 0, 500)).map(transcriptRow) });
    }),
  );

  server.get(
    '/console/api/stats',
    guarded(
      async (_req, res) => {
        const cases = await consoleCases(500);
        const callbacks = await deps.callbacks.listOpen(500);
        res.send(200, queueStats(cases, callbacks.length, clock.now()));
      },
      { supervisor: true },
    ),
  );
}
