import { randomBytes } from 'node:crypto';
import type { Logger } from '../domain/ports/logger';
import type { StaffAccounts } from '../domain/ports/staffAccounts';
import { hashPassword } from './consolePasswords';

export interface DemoAccount {
  username: string;
  password: string;
  role: 'agent' | 'supervisor';
}

/**
 * Demo console accounts for the embedded default only (no MONGODB_URI: a throw-away database). The
 * passwords are random per start and logged once, so whoever started the demo can sign in; this
 * is the one credential ever logged, and it never exists on a real database.
 */
export async function seedDemoAccounts(accounts: StaffAccounts, logger: Logger): Promise<DemoAccount[]> {
  const demo: DemoAccount[] = [
    { username: 'demo', password: randomBytes(9).toString('base64url'), role: 'agent' },
    { username: 'supervisor', password: randomBytes(9).toString('base64url'), role: 'supervisor' },
  ];
  for (const account of demo) {
    await accounts.save({
      username: account.username,
      displayName: account.role === 'agent' ? 'Demo Agent' : 'Demo Supervisor',
      role: account.role,
      passwordHash: await hashPassword(account.password),
    });
    logger.info(
      { consoleUser: account.username, consolePassword: account.password, role: account.role },
      'staff console demo account (embedded database only)',
    );
  }
  return demo;
}
