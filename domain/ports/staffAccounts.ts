import type { StaffIdentity } from '../handoff/handoffCase';

/** A staff member who may sign in to the console. The hash is a slow scrypt hash, never the password. */
export interface StaffAccount extends StaffIdentity {
  passwordHash: string;
}

export interface StaffAccounts {
  find(username: string): Promise<StaffAccount | undefined>;
  /** Creates or replaces the account with this username. */
  save(account: StaffAccount): Promise<void>;
}

/** A signed-in console session; `id` is the hash of the cookie's secret, so a database leak gives no session. */
export interface StaffSession extends StaffIdentity {
  id: string;
  /** Sent back by the console with every state-changing request (CSRF protection). */
  csrfToken: string;
  expiresAt: Date;
}

export interface StaffSessions {
  create(session: StaffSession): Promise<void>;
  /** The session if it exists and has not expired at `now`. */
  find(id: string, now: Date): Promise<StaffSession | undefined>;
  delete(id: string): Promise<void>;
}
