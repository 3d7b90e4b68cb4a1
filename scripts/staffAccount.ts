/**
 * `npm run staff:add -- USERNAME [--role agent|supervisor] [--name "Display Name"]`: creates or
 * replaces a staff console account in the MongoDB named by MONGODB_URI. The password is read from
 * the first line of standard input (so it never shows in the process list or shell history), e.g.
 * `printf '%s\n' "$PASSWORD" | npm run staff:add -- jdevries --role supervisor --name "J. de Vries"`.
 * Exit codes: 0 done, 2 bad usage.
 */
import { createInterface } from 'node:readline';
import { MongoClient } from 'mongodb';
import { MongoStaffAccounts } from '../adapters/storage/mongoStaffAccounts';
import { startDatabaseCommand } from './databaseCommand';
import { hashPassword } from '../bot/consolePasswords';
import type { StaffRole } from '../domain/handoff/handoffCase';

export interface StaffAccountRequest {
  username: string;
  role: StaffRole;
  displayName: string;
}

const USAGE =
  'usage: npm run staff:add -- USERNAME [--role agent|supervisor] [--name "Display Name"]  (password on stdin)';
export const MIN_PASSWORD_LENGTH = 12;

export function parseStaffAccountArgs(argv: string[]): StaffAccountRequest {
  let username: string | undefined;
  let role: StaffRole = 'agent';
  let displayName: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--role' || arg === '--name') {
      const value = argv[++i];
      if (value === undefined || value.trim() === '') throw new Error(`${arg} needs a value\n${USAGE}`);
      if (arg === '--name') displayName = value.trim();
      else if (value === 'agent' || value === 'supervisor') role = value;
      else throw new Error(`--role must be agent or supervisor\n${USAGE}`);
    } else if (!arg.startsWith('--') && username === undefined) {
      username = arg.trim().toLowerCase();
    } else {
      throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  if (!username || !/^[a-z0-9._-]{2,64}$/.test(username))
    throw new Error(`give a username of 2-64 letters, digits, dots, dashes\n${USAGE}`);
  return { username, role, displayName: displayName ?? username };
}

async function readPassword(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function main(): Promise<void> {
  const { request, config } = startDatabaseCommand(
    parseStaffAccountArgs,
    'the embedded database lives only inside a running assistant (it has demo accounts).',
  );
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(
      `the password (first line of standard input) must have at least ${MIN_PASSWORD_LENGTH} characters`,
    );
    process.exit(2);
  }
  const client = new MongoClient(config.mongodbUri, { serverSelectionTimeoutMS: 5000 });
  try {
    await client.connect();
    await new MongoStaffAccounts(client.db(config.mongodbDb)).save({
      ...request,
      passwordHash: await hashPassword(password),
    });
    console.log(JSON.stringify({ saved: { username: request.username, role: request.role } }));
  } finally {
    await client.close();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`staff:add failed: ${(err as Error)?.name ?? 'Error'}`);
    process.exit(1);
  });
}
