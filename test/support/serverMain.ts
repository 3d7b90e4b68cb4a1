/**
 * The assistant as its own process for tests that must kill it (`startServerProcess`): the same
 * composition root as `npm start` (bot/app.ts, settings from the environment), with the language
 * model the tests train instead of the build's. Prints `LISTENING <url>` when it accepts requests.
 */
import { LocalRecognizer } from '../../adapters/nlu/LocalRecognizer';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';

async function main(): Promise<void> {
  const modelPath = process.env.TEST_NLU_MODEL_PATH;
  if (!modelPath) throw new Error('TEST_NLU_MODEL_PATH is not set');
  const app = await createApp(loadConfig(), { recognizer: LocalRecognizer.load(modelPath) });
  const url = await app.listen();
  process.stdout.write(`LISTENING ${url}\n`);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main().catch((err: unknown) => {
  process.stderr.write(`server process failed: ${(err as Error)?.stack ?? err}\n`);
  process.exit(1);
});
