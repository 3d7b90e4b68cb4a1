import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';

export interface MetricsSource {
  exposition(): Promise<{ contentType: string; body: string }>;
}

function sameSecret(given: string, expected: string): boolean {
  // Hash both so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** GET /metrics in the Prometheus text format; with a token, only for `Authorization: Bearer <token>`. */
export function metricsHandler(source: MetricsSource, token?: string) {
  return async (req: Request, res: Response): Promise<void> => {
    if (token) {
      const header = String(req.headers.authorization ?? '');
      if (!header.startsWith('Bearer ') || !sameSecret(header.slice(7), token)) {
        res.send(401, { error: 'unauthorized' });
        return;
      }
    }
    const { contentType, body } = await source.exposition();
    res.setHeader('Content-Type', contentType);
    res.writeHead(200);
    res.end(body);
  };
}
