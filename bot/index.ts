import { ConfigError, loadConfig } from './config';
import { createApp } from './app';

/** `npm start`: the whole assistant on the configured (or embedded) MongoDB. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const app = await createApp(config);
  const url = await app.listen();
  app.logger.info({ url, embeddedMongo: app.mongo?.embedded ?? false, storage: config.storage }, `CJIB assistant listening on ${url}`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10000);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

void main().catch((err) => {
  process.stderr.write(`start-up failed: ${(err as Error)?.message ?? err}\n`);
  process.exit(1);
});
