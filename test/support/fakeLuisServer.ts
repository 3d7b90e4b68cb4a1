/**
 * A real HTTP server on 127.0.0.1 (port 0) that answers like the LUIS v3 prediction endpoint with
 * recorded JSON, so the LUIS recognizer is tested through the real client library and HTTP.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeLuis {
  endpoint: string;
  appId: string;
  key: string;
  slot: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeLuis(
  recorded: Record<string, unknown>,
  slot = 'production',
): Promise<FakeLuis> {
  const appId = '0b5e2b9a-1c1d-4d8e-9f00-6a7b8c9d0e1f';
  const key = 'test-subscription-key';
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        search: url.searchParams,
        headers: req.headers,
        body,
      });
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.headers['ocp-apim-subscription-key'] !== key) {
        send(401, { error: { code: '401', message: 'Access denied due to invalid subscription key.' } });
        return;
      }
      if (
        req.method !== 'POST' ||
        url.pathname !== `/luis/prediction/v3.0/apps/${appId}/slots/${slot}/predict`
      ) {
        send(404, { error: { code: 'NotFound', message: 'Resource not found' } });
        return;
      }
      const query = (body as { query?: string } | undefined)?.query ?? '';
      const answer = recorded[query];
      if (!answer) {
        send(200, {
          query,
          prediction: { topIntent: 'None', intents: { None: { score: 0.5 } }, entities: {} },
        });
        return;
      }
      send(200, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    appId,
    key,
    slot,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
