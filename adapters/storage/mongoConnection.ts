import { MongoClient, type Db } from 'mongodb';
import { startEmbeddedMongoServer, type EmbeddedMongoServer } from './embeddedMongoServer';

/** The one MongoDB connection of a process: a real server by URI, or the embedded one. */
export interface MongoConnection {
  client: MongoClient;
  db: Db;
  /** The URI in use (the embedded server's when none was configured). */
  uri: string;
  embedded: boolean;
  /** True when the server answers a ping within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface MongoConnectionOptions {
  uri?: string;
  dbName: string;
  /** Emit the driver's commandStarted events (the /metrics count of database operations). */
  monitorCommands?: boolean;
}

export async function connectMongo(options: MongoConnectionOptions): Promise<MongoConnection> {
  let embeddedServer: EmbeddedMongoServer | undefined;
  let uri = options.uri;
  if (!uri) {
    embeddedServer = await startEmbeddedMongoServer();
    uri = embeddedServer.uri;
  }
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: 5000,
    maxPoolSize: 50,
    // Replies must not wait on retries of a server that is gone; the app reports it via /readyz.
    connectTimeoutMS: 5000,
    monitorCommands: options.monitorCommands ?? false,
  });
  try {
    await client.connect();
  } catch (err) {
    await embeddedServer?.stop();
    throw err;
  }
  const db = client.db(options.dbName);
  return {
    client,
    db,
    uri,
    embedded: embeddedServer !== undefined,
    async ping(timeoutMs = 1500) {
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
      const ping = db
        .command({ ping: 1 })
        .then(() => true)
        .catch(() => false);
      return Promise.race([ping, timeout]);
    },
    async close() {
      await client.close().catch(() => undefined);
      await embeddedServer?.stop();
    },
  };
}
