/**
 * `npm run backoffice [-- --port N]`: the demo back office over HTTP (adapters/collection/openapi.yaml),
 * seeded with every record of data/collection-demo.json (or DEMO_RECORDS_FILE), for running the assistant with
 * COLLECTION_SYSTEM_URL=http://127.0.0.1:N (see docs/backoffice.md). MongoDB as for the assistant:
 * MONGODB_URI, else an embedded server; STORAGE=memory keeps the records in memory.
 */
import { createBackOfficeServer, type BackOfficeServer } from '../adapters/collection/backOfficeServer';
import type { DemoCollectionSystem } from '../adapters/collection/demoCollectionSystem';
import { EmbeddedCollectionSystem } from '../adapters/collection/embeddedCollectionSystem';
import { InMemoryCollectionSystem } from '../adapters/collection/inMemoryCollectionSystem';
import { loadDemoFixtures } from '../adapters/collection/demoFixtures';
import { connectMongo, type MongoConnection } from '../adapters/storage/mongoConnection';
import { ConfigError, loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { systemClock, type Clock } from '../domain/ports/clock';
import type { Logger } from '../domain/ports/logger';

export interface BackOfficeOptions {
  port: number;
  host?: string;
  /** MongoDB to keep the records in; undefined with `memory` = in memory, else an embedded server. */
  mongodbUri?: string;
  dbName?: string;
  memory?: boolean;
  /** The records to serve (DEMO_RECORDS_FILE); undefined = data/collection-demo.json. */
  recordsFile?: string;
  /** Bearer token every request must carry (COLLECTION_SYSTEM_TOKEN). */
  token?: string;
  clock?: Clock;
  logger?: Logger;
}

export interface RunningBackOffice {
  url: string;
  http: BackOfficeServer;
  system: DemoCollectionSystem;
  close(): Promise<void>;
}

/** Starts the demo back office; tests call this in-process on port 0. */
export async function startBackOffice(options: BackOfficeOptions): Promise<RunningBackOffice> {
  const clock = options.clock ?? systemClock;
  let mongo: MongoConnection | undefined;
  let system: DemoCollectionSystem;
  if (options.memory) {
    system = await InMemoryCollectionSystem.start(clock, loadDemoFixtures(options.recordsFile));
  } else {
    mongo = await connectMongo({ uri: options.mongodbUri, dbName: options.dbName ?? 'cjib_demo_backoffice' });
    system = await EmbeddedCollectionSystem.start(mongo.db, clock, loadDemoFixtures(options.recordsFile));
  }
  const http = createBackOfficeServer({ system, token: options.token, logger: options.logger });
  const url = await http.listen(options.port, options.host ?? '127.0.0.1');
  return {
    url,
    http,
    system,
    async close() {
      await http.close();
      await mongo?.close();
    },
  };
}

/** `--port 4010` or `--port=4010`. */
export function portArgument(argv: string[]): number | undefined {
  for (let i = 0; i < argv.length; i++) {
    const m = /^--port(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    const value = Number(m[1] ?? argv[i + 1]);
    if (!Number.isInteger(value) || value < 0 || value > 65535)
      throw new Error('--port must be a port number');
    return value;
  }
  return undefined;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const running = await startBackOffice({
    port: portArgument(process.argv.slice(2)) ?? config.backofficePort,
    host: config.host === '0.0.0.0' ? '127.0.0.1' : config.host,
    mongodbUri: config.mongodbUri,
    dbName: `${config.mongodbDb}_backoffice`,
    memory: config.storage === 'memory',
    recordsFile: config.demoRecordsFile,
    token: config.collectionHttp.token,
    logger,
  });
  logger.info({ url: running.url }, `demo back office listening on ${running.url}`);
  const stop = (): void => void running.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  void main().catch((err) => {
    console.error(`back office start-up failed: ${(err as Error)?.message ?? err}`);
    process.exit(1);
  });
}
