import type { Db } from 'mongodb';
import { MongoStaffAccounts } from '../../adapters/storage/mongoStaffAccounts';
import { hashPassword } from '../../bot/consolePasswords';
import type { StaffRole } from '../../domain/handoff/handoffCase';

/** Creates a console account directly in the database (tests never rely on the logged demo passwords). */
export async function createStaffAccount(
  db: Db,
  username: string,
  password: string,
  role: StaffRole = 'agent',
): Promise<void> {
  await new MongoStaffAccounts(db).save({
    username,
    displayName: username[0].toUpperCase() + username.slice(1),
    role,
    passwordHash: await hashPassword(password),
  });
}

/** A signed-in staff member talking to the console API over HTTP, with cookie and CSRF token. */
export class ConsoleClient {
  private cookie = '';
  private csrf = '';

  constructor(private readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<number> {
    const response = await fetch(`${this.baseUrl}/console/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    this.cookie = cookie.split(';')[0];
    if (response.status === 200) this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
    return response.status;
  }

  async get<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie } });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as T };
  }

  async post<T = Record<string, unknown>>(
    path: string,
    body: unknown = {},
    options: { csrf?: boolean } = {},
  ): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { 'content-type': 'application/json', cookie: this.cookie };
    if (options.csrf !== false) headers['x-csrf-token'] = this.csrf;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as T };
  }
}

/** A staff member with a console account in the app's database, logged in (fails the test if the login does). */
export async function loggedInStaff(
  app: { url: string; app: { mongo?: { db: Db } } },
  username: string,
  role: StaffRole = 'agent',
): Promise<ConsoleClient> {
  const password = `${username}-secret-1`;
  await createStaffAccount(app.app.mongo!.db, username, password, role);
  const client = new ConsoleClient(app.url);
  const status = await client.login(username, password);
  if (status !== 200) throw new Error(`console login of ${username} answered ${status}`);
  return client;
}
