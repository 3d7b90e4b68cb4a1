import type { Request, Response, Next } from 'restify';

/**
 * Content-Security-Policy for the pages the assistant serves (chat page, staff console): scripts,
 * styles and connections only from this origin, no plugins, no framing by other sites.
 * Web Chat's bundle needs inline styles (it injects them); it needs no eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(self), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Browsers ignore this on plain HTTP; behind the TLS-terminating proxy it pins HTTPS.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/** Paths whose answers may hold personal data: never stored by a browser or a shared cache. */
const NO_STORE = /^\/(api|v3|console\/api|metrics)(\/|$)/;

const HEADER_LIST = Object.entries(HEADERS);

/** restify middleware: sets the security headers on every response, before any route runs. */
export function securityHeaders() {
  return (req: Request, res: Response, next: Next): void => {
    // Node's setHeader: restify's res.header() formats values, which costs on every turn.
    for (const [name, value] of HEADER_LIST) res.setHeader(name, value);
    if (NO_STORE.test(req.path?.() ?? req.url ?? '')) res.setHeader('Cache-Control', 'no-store');
    // Do not announce the server software.
    res.removeHeader('Server');
    next();
  };
}
