import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeChannel {
  /** The serviceUrl to put on activities: proactive replies are POSTed here. */
  serviceUrl: string;
  /** Every activity the bot sent, with the conversation it was sent to. */
  received: { conversationId: string; activity: { type?: string; text?: string } }[];
  /** Waits until an activity whose text matches arrives (or times out). */
  waitFor(predicate: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * A stand-in for a Bot Framework channel's connector: receives what the bot sends proactively
 * (POST {serviceUrl}v3/conversations/{id}/activities) so tests can see messages relayed by staff.
 */
export async function startFakeChannel(): Promise<FakeChannel> {
  const received: FakeChannel['received'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && match) {
        received.push({ conversationId: decodeURIComponent(match[1]), activity: JSON.parse(body || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `a${received.length}` }));
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    received,
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find((r) => predicate(r.activity.text ?? ''));
        if (found) return found.activity.text ?? '';
        if (Date.now() > deadline)
          throw new Error(`no matching activity; got: ${received.map((r) => r.activity.text).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
