import type { Request } from 'restify';
import { MemoryStaffAccounts, MemoryStaffSessions } from '../../adapters/storage/memoryStaffAccounts';
import { ConsoleAuth, SESSION_COOKIE } from '../../bot/consoleAuth';
import { seedDemoAccounts } from '../../bot/consoleDemoAccounts';
import { hashPassword, verifyPassword } from '../../bot/consolePasswords';

function request(headers: Record<string, string>): Request {
  return { headers } as unknown as Request;
}

describe('console passwords', () => {
  it('hashes with scrypt and a salt, and verifies', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('correct horse');
    expect(await hashPassword('correct horse')).not.toBe(hash);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('wrong horse', hash)).toBe(false);
    expect(await verifyPassword('correct horse', 'plain')).toBe(false);
  });
});

describe('ConsoleAuth', () => {
  let now = new Date('2026-11-23T09:00:00Z');
  const clock = { now: () => now };

  it('signs in with the right password only, finds the session by cookie, checks CSRF, expires and logs out', async () => {
    const accounts = new MemoryStaffAccounts();
    const sessions = new MemoryStaffSessions();
    const logged: Record<string, unknown>[] = [];
    const demo = await seedDemoAccounts(accounts, {
      debug() {},
      warn() {},
      error() {},
      info: (fields) => logged.push(fields),
    });
    expect(demo.map((d) => d.role)).toEqual(['agent', 'supervisor']);
    expect(logged.map((l) => l.consoleUser)).toEqual(['demo', 'supervisor']);

    const auth = new ConsoleAuth(accounts, sessions, clock, 60);
    expect(await auth.login('demo', 'wrong')).toBeUndefined();
    expect(await auth.login('nobody', demo[0].password)).toBeUndefined();
    expect(await auth.login({ $ne: '' }, demo[0].password)).toBeUndefined();
    const signedIn = await auth.login('demo', demo[0].password);
    if (!signedIn || signedIn === 'throttled') throw new Error('expected a session');
    expect(signedIn?.session).toMatchObject({ username: 'demo', role: 'agent' });
    expect(signedIn?.session.id).not.toBe(signedIn?.secret);

    const cookie = `other=1; ${SESSION_COOKIE}=${signedIn!.secret}`;
    const session = await auth.session(request({ cookie }));
    expect(session?.username).toBe('demo');
    expect(await auth.session(request({ cookie: `${SESSION_COOKIE}=forged` }))).toBeUndefined();
    expect(await auth.session(request({}))).toBeUndefined();
    expect(auth.checkCsrf(request({ 'x-csrf-token': session!.csrfToken }), session!)).toBe(true);
    expect(auth.checkCsrf(request({ 'x-csrf-token': 'nope' }), session!)).toBe(false);
    expect(auth.checkCsrf(request({}), session!)).toBe(false);

    now = new Date(now.getTime() + 61 * 60_000);
    expect(await auth.session(request({ cookie }))).toBeUndefined();

    for (let i = 0; i < 5; i++) expect(await auth.login('supervisor', `guess-${i}`)).toBeUndefined();
    expect(await auth.login('supervisor', demo[1].password)).toBe('throttled');
    now = new Date(now.getTime() + 16 * 60_000);
    const again = await auth.login('supervisor', demo[1].password);
    if (!again || again === 'throttled') throw new Error('expected a session after the window');
    const cookie2 = `${SESSION_COOKIE}=${again.secret}`;
    await auth.logout(request({ cookie: cookie2 }));
    expect(await auth.session(request({ cookie: cookie2 }))).toBeUndefined();
  });
});
