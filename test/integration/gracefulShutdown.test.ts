import { execFileSync } from 'node:child_process';
import { startServerProcess } from '../support/serverProcess';

/** Pids of the embedded MongoDB-compatible servers started by a process. */
function embeddedDatabaseChildren(parentPid: number): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().split(/\s+/, 3))
    .filter(([, ppid, args]) => Number(ppid) === parentPid && /jongodb/.test(args ?? ''))
    .map(([pid]) => Number(pid));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start as a process', () => {
  it('serves on the embedded database, and on SIGTERM stops cleanly with its database', async () => {
    const server = await startServerProcess({});
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const databases = embeddedDatabaseChildren(server.child.pid!);
    expect(databases).toHaveLength(1);

    const exitCode = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGTERM');
    expect(await exitCode).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(databases.filter(isRunning)).toEqual([]);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  }, 60000);
});
