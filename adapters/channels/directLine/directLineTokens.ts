import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Clock } from '../../../domain/ports/clock';

/** Azure's Direct Line tokens live 30 minutes; a refresh gives another 30 (the client refreshes every 15). */
export const DEFAULT_TOKEN_TTL_SECONDS = 1800;
/** A stream URL is used within seconds of being handed out, so its token is short-lived. */
const STREAM_TOKEN_TTL_SECONDS = 120;
const ISSUER = 'cjib-directline';
const MAX_TOKEN_LENGTH = 2048;

export interface DirectLineIdentity {
  conversationId: string;
  /** The citizen's user id, embedded so it cannot be forged ("dl_…"); Web Chat reads it from the token. */
  userId: string;
}

export type TokenCheck =
  | { ok: true; identity: DirectLineIdentity; expiresAt: number }
  | { ok: false; reason: 'invalid' | 'expired' };

function hmac(secret: string, purpose: string, data = ''): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\u0000${data}`).digest();
}

/** A random id that is safe in URLs and in MongoDB keys. */
export function randomId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Direct Line secrets and tokens. The secret (DIRECTLINE_SECRET) is what a website's back end
 * uses to create conversations; tokens are HS256 JWTs signed with a key derived from it, scoped to
 * one conversation and one user, with an expiry. The same secret on every instance makes every
 * instance accept every token.
 */
export class DirectLineTokens {
  private readonly signingKey: Buffer;
  private readonly secretDigest: Buffer;

  constructor(
    private readonly secret: string,
    private readonly clock: Clock,
    readonly ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS,
  ) {
    this.signingKey = hmac(secret, 'token-signing');
    this.secretDigest = hmac(secret, 'secret-check', secret);
  }

  /** Whether a bearer value is the Direct Line secret itself (timing-safe). */
  isSecret(bearer: string): boolean {
    return timingSafeEqual(hmac(this.secret, 'secret-check', bearer), this.secretDigest);
  }

  issue(identity: DirectLineIdentity): { token: string; expiresIn: number } {
    return { token: this.sign(identity, 'conversation', this.ttlSeconds), expiresIn: this.ttlSeconds };
  }

  /** A short-lived token for the WebSocket stream URL (URLs end up in proxy logs). */
  issueStream(identity: DirectLineIdentity): string {
    return this.sign(identity, 'stream', STREAM_TOKEN_TTL_SECONDS);
  }

  verify(token: string, kind: 'conversation' | 'stream' = 'conversation'): TokenCheck {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH)
      return { ok: false, reason: 'invalid' };
    try {
      const payload = jwt.verify(token, this.signingKey, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: kind,
        clockTimestamp: this.now(),
      }) as jwt.JwtPayload;
      const conversationId = payload.conv;
      const userId = payload.user;
      if (
        typeof conversationId !== 'string' ||
        typeof userId !== 'string' ||
        typeof payload.exp !== 'number'
      ) {
        return { ok: false, reason: 'invalid' };
      }
      return { ok: true, identity: { conversationId, userId }, expiresAt: payload.exp };
    } catch (err) {
      return { ok: false, reason: err instanceof jwt.TokenExpiredError ? 'expired' : 'invalid' };
    }
  }

  /**
   * The path key in the serviceUrl the bot replies to: only someone who knows the secret can post
   * bot messages into a conversation (the Bot Connector endpoint has no other authentication).
   */
  connectorKey(conversationId: string): string {
    return hmac(this.secret, 'connector', conversationId).subarray(0, 18).toString('base64url');
  }

  isConnectorKey(conversationId: string, key: string): boolean {
    const expected = Buffer.from(this.connectorKey(conversationId));
    const given = Buffer.from(String(key));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private sign(identity: DirectLineIdentity, kind: 'conversation' | 'stream', ttlSeconds: number): string {
    const iat = this.now();
    return jwt.sign(
      { conv: identity.conversationId, user: identity.userId, iat, exp: iat + ttlSeconds },
      this.signingKey,
      {
        algorithm: 'HS256',
        issuer: ISSUER,
        audience: kind,
        jwtid: randomId(9),
      },
    );
  }

  private now(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}
