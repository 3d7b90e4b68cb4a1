/**
 * The real Direct Line client library (botframework-directlinejs, what Web Chat uses) in Node:
 * its browser services (XMLHttpRequest, WebSocket) are given by fetch and the `ws` package.
 */
import {
  DirectLine,
  ConnectionStatus,
  type Activity,
  type DirectLineOptions,
} from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import WebSocket from 'ws';

interface AjaxRequest {
  url?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** The slice of rxjs' AjaxResponse / AjaxError that directlinejs reads. */
function ajaxResult(status: number, response: unknown, headers: Headers) {
  return { status, response, xhr: { getResponseHeader: (name: string) => headers.get(name) } };
}

function fetchAjax(request: AjaxRequest): Observable<unknown> {
  return Observable.create(
    (subscriber: { next(v: unknown): void; error(e: unknown): void; complete(): void }) => {
      const controller = new AbortController();
      const body =
        request.body === undefined
          ? undefined
          : typeof request.body === 'string'
            ? request.body
            : JSON.stringify(request.body);
      fetch(request.url ?? '', {
        method: request.method ?? 'GET',
        headers: request.headers,
        body,
        signal: controller.signal,
      }).then(
        async (res) => {
          const text = await res.text();
          const response = text ? JSON.parse(text) : null;
          if (res.ok) {
            subscriber.next(ajaxResult(res.status, response, res.headers));
            subscriber.complete();
          } else subscriber.error(ajaxResult(res.status, response, res.headers));
        },
        () => subscriber.error(ajaxResult(0, null, new Headers())),
      );
      return () => controller.abort();
    },
  );
}

// directlinejs decides between WebSocket and polling by looking for a global WebSocket.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

export interface TestDirectLine {
  client: DirectLine;
  /** Every activity received so far, in order. */
  activities: Activity[];
  /** Waits for an activity from the bot whose text (or card) matches. */
  waitForBot(pattern: RegExp, timeoutMs?: number): Promise<Activity>;
  /** Posts a message as the citizen; resolves with the activity id. */
  say(text: string, extra?: Partial<Activity>): Promise<string>;
  end(): void;
}

function textOfActivity(activity: Activity): string {
  const parts = [(activity as { text?: string }).text ?? ''];
  for (const attachment of (activity as { attachments?: { content?: unknown }[] }).attachments ?? [])
    parts.push(JSON.stringify(attachment.content));
  return parts.join('\n');
}

export function connectDirectLine(options: DirectLineOptions & { domain: string }): TestDirectLine {
  const client = new DirectLine({
    ...options,
    ajax: fetchAjax as never,
    WebSocket: WebSocket as never,
  } as DirectLineOptions);
  const activities: Activity[] = [];
  const waiters: { pattern: RegExp; resolve(a: Activity): void }[] = [];
  client.activity$.subscribe({
    next: (activity) => {
      activities.push(activity);
      if (activity.from?.role === 'user') return;
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(textOfActivity(activity))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(activity);
        }
      }
    },
    // end() closes the stream with "conversation ended".
    error: () => undefined,
  });
  return {
    client,
    activities,
    waitForBot(pattern, timeoutMs = 10000) {
      const seen = activities.find((a) => a.from?.role !== 'user' && pattern.test(textOfActivity(a)));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no bot activity matching ${pattern} (got: ${activities.map(textOfActivity).join(' | ').slice(0, 800)})`,
              ),
            ),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: (a) => {
            clearTimeout(timer);
            resolve(a);
          },
        });
      });
    },
    say(text, extra = {}) {
      return new Promise((resolve, reject) => {
        client
          .postActivity({ type: 'message', from: { id: 'ignored-by-server' }, text, ...extra } as Activity)
          .subscribe({
            next: (id) => (id === 'retry' ? reject(new Error('post failed: retry')) : resolve(id)),
            error: reject,
          });
      });
    },
    end() {
      client.end();
    },
  };
}

export { ConnectionStatus };
