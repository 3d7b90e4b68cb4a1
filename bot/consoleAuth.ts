import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { Clock } from '../domain/ports/clock';
import type { StaffAccounts, StaffSession, StaffSessions } from '../domain/ports/staffAccounts';
import { ConsoleLoginThrottle } from './consoleLoginThrottle';
import { dummyPasswordHash, verifyPassword } from './consolePasswords';

export const SESSION_COOKIE = 'cjib_console';
const MAX_FIELD = 200;

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function cookieValue(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Staff sign-in for the console: scrypt-hashed passwords, a random session secret in an HTTP-only,
 * SameSite=Strict cookie (only its hash is stored), and a per-session CSRF token that every
 * state-changing request must send back in the X-CSRF-Token header.
 */
export class ConsoleAuth {
  private readonly throttle: ConsoleLoginThrottle;

  constructor(
    private readonly accounts: StaffAccounts,
    private readonly sessions: StaffSessions,
    private readonly clock: Clock,
    private readonly sessionMinutes: number,
  ) {
    this.throttle = new ConsoleLoginThrottle(clock);
  }

  /** The new session, or undefined for a wrong username or password (same time either way). */
  async login(
    username: unknown,
    password: unknown,
  ): Promise<{ secret: string; session: StaffSession } | undefined | 'throttled'> {
    if (
      typeof username !== 'string' ||
      typeof password !== 'string' ||
      username.length > MAX_FIELD ||
      password.length > MAX_FIELD
    )
      return undefined;
    const name = username.trim().toLowerCase();
    if (this.throttle.isBlocked(name)) return 'throttled';
    const account = await this.accounts.find(name);
    const ok = await verifyPassword(password, account?.passwordHash ?? (await dummyPasswordHash()));
    if (!account || !ok) {
      this.throttle.recordFailure(name);
      return undefined;
    }
    this.throttle.recordSuccess(name);
    const secret = randomBytes(32).toString('base64url');
    const session: StaffSession = {
      id: sha256(secret),
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(this.clock.now().getTime() + this.sessionMinutes * 60_000),
    };
    await this.sessions.create(session);
    return { secret, session };
  }

  async logout(req: Request): Promise<void> {
    const secret = cookieValue(req, SESSION_COOKIE);
    if (secret) await this.sessions.delete(sha256(secret));
  }

  /** The signed-in staff member of this request, if any. */
  async session(req: Request): Promise<StaffSession | undefined> {
    const secret = cookieValue(req, SESSION_COOKIE);
    if (!secret || secret.length > MAX_FIELD) return undefined;
    return this.sessions.find(sha256(secret), this.clock.now());
  }

  /** True when the request carries the session's CSRF token. */
  checkCsrf(req: Request, session: StaffSession): boolean {
    const sent = req.headers['x-csrf-token'];
    return typeof sent === 'string' && sameText(sent, session.csrfToken);
  }

  setCookie(res: Response, secret: string, secure: boolean): void {
    const attributes = [
      `${SESSION_COOKIE}=${secret}`,
      'HttpOnly',
      'SameSite=Strict',
      'Path=/console',
      `Max-Age=${this.sessionMinutes * 60}`,
    ];
    if (secure) attributes.push('Secure');
    res.header('Set-Cookie', attributes.join('; '));
  }

  clearCookie(res: Response): void {
    res.header('Set-Cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/console; Max-Age=0`);
  }
}
