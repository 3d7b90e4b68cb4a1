import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { nluModelPath } from './nluModel';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs TypeScript sources in a child node without a build: a require hook that transpiles each
 * project file with the TypeScript compiler (no type check; `npm run typecheck` does that).
 */
const BOOTSTRAP = `
const ts = require('typescript');
const fs = require('fs');
require.extensions['.ts'] = (module, file) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, file);
};
require(process.argv[1]);
`;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited (by any signal). */
  exited: Promise<void>;
  /** Everything the process wrote to stderr (for a failing test's message). */
  stderr(): string;
}

/** Starts the assistant's real entry point (bot/index.ts, as `npm start` runs it) as a child process. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 30000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['-e', BOOTSTRAP, path.join(ROOT, 'bot', 'index.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NLU_MODEL_PATH: nluModelPath(),
      ...env,
      // The start-up line is how the test learns the URL.
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () => reject(new Error(`server process did not start in time\n${stderr}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /"msg":"CJIB assistant listening on (\S+?)"/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server process exited before listening\n${stderr}`));
    });
  });
  child.stdout?.resume();
  return { url, child, exited, stderr: () => stderr };
}
