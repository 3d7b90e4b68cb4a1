import jwt from 'jsonwebtoken';
import type { Clock } from '../../domain/ports/clock';
import type { SigninIdentity, SigninTokenVerifier } from '../../domain/ports/signinTokenVerifier';

export interface JwtSigninOptions {
  /** HS256 secret shared with the website (SIGNIN_TOKEN_SECRET). */
  secret: string;
  clock: Clock;
  /** When set, the token's `iss` / `aud` must match. */
  issuer?: string;
  audience?: string;
  /** Tokens without `exp` are refused; tokens older than this (by `iat`) too. */
  maxAgeSeconds?: number;
}

const DEBTOR_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_TOKEN_LENGTH = 4096;

/**
 * The website's signed-in token: an HS256 JWT (only HS256: `alg: none` and algorithm switching
 * are refused) with an expiry and the debtor id in `debtorId` (or `sub`).
 */
export class JwtSigninTokenVerifier implements SigninTokenVerifier {
  constructor(private readonly options: JwtSigninOptions) {}

  verify(token: string): SigninIdentity | undefined {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
    try {
      const payload = jwt.verify(token, this.options.secret, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.options.clock.now().getTime() / 1000),
        clockTolerance: 30,
        maxAge: this.options.maxAgeSeconds ?? 12 * 60 * 60,
        ...(this.options.issuer ? { issuer: this.options.issuer } : {}),
        ...(this.options.audience ? { audience: this.options.audience } : {}),
      });
      if (typeof payload !== 'object' || payload === null || typeof payload.exp !== 'number')
        return undefined;
      const debtorId = (payload as { debtorId?: unknown }).debtorId ?? payload.sub;
      return typeof debtorId === 'string' && DEBTOR_ID.test(debtorId) ? { debtorId } : undefined;
    } catch {
      return undefined;
    }
  }
}
