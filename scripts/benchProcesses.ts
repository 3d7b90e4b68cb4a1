/**
 * The processes `npm run bench` measures: starting a server and reading the URL it prints, stopping
 * it, its peak memory from /proc, and the database operations its /metrics has counted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface Started {
  child: ChildProcess;
  url: URL;
  startupMs: number;
}

/** Spawns a server and resolves when its output names the URL it listens on. */
export function startServer(
  args: string[],
  env: Record<string, string>,
  urlPattern: RegExp,
): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`${args[0]} did not start: ${output.slice(-500)}`)),
      60_000,
    );
    const onData = (chunk: Buffer): void => {
      if (output.length < 100_000) output += chunk.toString();
      const match = urlPattern.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.removeListener('data', onData);
        child.stdout?.resume();
        resolve({ child, url: new URL(match[1]), startupMs: performance.now() - started });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}: ${output.slice(-500)}`)));
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/** Peak resident set of a process and its children (the embedded database), in MiB. */
export function peakRssMiB(pid: number): { own: number; children: number } {
  const hwm = (p: number): number => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  let children = 0;
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean))
      children += hwm(Number(child));
  } catch {
    // no children, or not Linux
  }
  return { own: hwm(pid), children };
}

export async function dbOperations(url: URL): Promise<number> {
  let text: string;
  // A kept-alive connection the server has meanwhile closed fails once: retry on a new one.
  for (let attempt = 1; ; attempt++) {
    try {
      text = await (await fetch(new URL('/metrics', url))).text();
      break;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
  return [...text.matchAll(/^cjib_db_operations_total\{[^}]*\} (\d+(?:\.\d+)?)/gm)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
}
