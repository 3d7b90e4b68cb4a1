import type { Request, Response } from 'restify';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';
import type { CallbackStore } from '../domain/ports/callbackStore';
import type { Clock } from '../domain/ports/clock';
import type { Logger } from '../domain/ports/logger';
import type { StaffSession } from '../domain/ports/staffAccounts';
import type { TranscriptStore } from '../domain/ports/transcriptStore';
import {
  caseDetail,
  claimedBy,
  conversationKeyFromId,
  queueRow,
  queueStats,
  transcriptRow,
} from './consoleViews';
import type { LiveTranscript } from './liveTranscript';

export interface ConsoleEventDeps {
  queue: HandoffQueue;
  transcript: TranscriptStore;
  callbacks: CallbackStore;
  clock: Clock;
  logger: Logger;
  pollMs: number;
  /** The words as typed, relayed to the claiming agent only; never stored. */
  live?: LiveTranscript;
  /** Open streams, ended when the server shuts down (an open stream would keep it from closing). */
  streams: Set<Response>;
}

const HEARTBEAT_MS = 15000;

/**
 * GET /console/api/events: server-sent events for one console tab. The server polls MongoDB (the
 * embedded server has no change streams) and sends `queue` when the queue changed, `callbacks` when
 * the open callback requests changed, `stats` for supervisors, and for the case the tab has open
 * (`?case=<id>&after=<seq>`) every new transcript entry and `case` when the case changed — so a
 * citizen's message written by another process reaches the agent within one poll. The agent who
 * claimed the case gets the words as typed (numbers, phone, e-mail) where this process holds them.
 */
export async function streamConsoleEvents(
  req: Request,
  res: Response,
  session: StaffSession,
  deps: ConsoleEventDeps,
): Promise<void> {
  const query = new URL(req.url ?? '/', 'http://console').searchParams;
  const key = conversationKeyFromId(query.get('case') ?? '');
  let after = Math.max(0, Number(query.get('after') ?? 0) || 0);
  const last = { queue: '', callbacks: '', stats: '', case: '' };

  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  const send = (event: string, data: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  /** Sends only when the content changed since the last time. */
  const sendChanged = (event: keyof typeof last, data: unknown, compared: unknown = data): void => {
    const json = JSON.stringify(compared);
    if (json === last[event]) return;
    last[event] = json;
    send(event, data);
  };

  let busy = false;
  const poll = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      const now = deps.clock.now();
      const cases = (await deps.queue.list(['queued', 'with_agent'], 200)).filter(
        (c) => c.route === 'console',
      );
      let position = 0;
      // Waiting times are counted on in the browser; only changes of membership or state are sent.
      const rows = cases.map((c) => ({
        ...queueRow(c, now, c.status === 'queued' ? ++position : undefined),
        waitingSeconds: undefined,
      }));
      // The time alone is no change: a re-rendered list would take the keyboard focus away each poll.
      sendChanged('queue', { cases: rows, at: now.toISOString() }, rows);
      const callbacks = await deps.callbacks.listOpen(200);
      sendChanged('callbacks', { count: callbacks.length, ids: callbacks.map((c) => c.id) });
      if (session.role === 'supervisor') {
        const stats = queueStats(cases, callbacks.length, now);
        sendChanged('stats', { ...stats, longestWaitSeconds: undefined, averageWaitSeconds: undefined });
      }
      if (key) {
        const handoff = await deps.queue.get(key);
        if (handoff) sendChanged('case', { ...caseDetail(handoff, now), waitingSeconds: undefined });
        const entries = await deps.transcript.list(key, after, 100);
        if (entries.length > 0) {
          after = entries[entries.length - 1].seq;
          const rows = entries.map(transcriptRow);
          const mine = handoff !== undefined && claimedBy(handoff, session) && deps.live !== undefined;
          send('transcript', { entries: mine ? deps.live!.reveal(key, rows) : rows });
        }
      }
    } catch (err) {
      deps.logger.warn({ error: { name: (err as Error)?.name } }, 'console events poll failed');
    } finally {
      busy = false;
    }
  };

  deps.streams.add(res);
  const timer = setInterval(() => void poll(), deps.pollMs);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  await poll();
  await new Promise<void>((resolve) => {
    req.on('close', resolve);
    res.on('close', resolve);
  });
  clearInterval(timer);
  clearInterval(heartbeat);
  deps.streams.delete(res);
}
