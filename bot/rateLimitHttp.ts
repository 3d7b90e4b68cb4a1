import type { Request, Response, Next } from 'restify';
import { toLocale, type Locale } from '../domain/language/locale';
import type { Localizer } from '../domain/ports/localizer';
import type { Logger } from '../domain/ports/logger';
import type { InMemoryRateLimiter } from './rateLimiter';

/**
 * Reads are not counted: pages, assets and Web Chat's polling of its conversation (about one GET a
 * second per open chat) would otherwise lock out citizens who share an address (offices, mobile
 * carriers' NAT). They are cheap, token-scoped, and the proxy's flood guard covers them.
 */
const FREE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface IpRateLimitOptions {
  limiter: InMemoryRateLimiter;
  localizer: Localizer;
  defaultLocale: Locale;
  logger: Logger;
  /** Behind our own reverse proxy: the client is the address the proxy appended to X-Forwarded-For. */
  trustProxy: boolean;
  onRefused?: () => void;
}

/** The client's address: the socket's peer, or (behind a trusted proxy) the last X-Forwarded-For hop. */
export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const value = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
    const hops = (value ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    if (hops.length > 0) return hops[hops.length - 1];
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/**
 * restify middleware: the per-IP rate limit on every request that writes (POST, PUT, …). A refused request gets
 * 429 with Retry-After and a friendly text in the language the browser or channel asks for.
 */
export function ipRateLimit(options: IpRateLimitOptions) {
  return (req: Request, res: Response, next: Next): void => {
    if (FREE_METHODS.has(req.method ?? 'GET')) return next();
    const decision = options.limiter.hit(clientAddress(req, options.trustProxy));
    if (decision.allowed) return next();
    options.onRefused?.();
    options.logger.warn({ retryAfterMs: decision.retryAfterMs }, 'ip rate limit');
    const seconds = Math.ceil(decision.retryAfterMs / 1000);
    const accept = String(req.headers['accept-language'] ?? '').split(',')[0];
    const locale = toLocale(accept) ?? options.defaultLocale;
    res.header('Retry-After', String(seconds));
    res.send(429, {
      error: 'too many requests',
      message: options.localizer.t(locale, 'limits:tooManyRequests', { seconds }),
    });
    return next(false);
  };
}
