import { randomUUID } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import { startEmbeddedMongoServer } from '../../adapters/storage/embeddedMongoServer';

export interface TestMongo {
  uri: string;
  db: Db;
  client: MongoClient;
  dbName: string;
  stop(): Promise<void>;
}

/**
 * A MongoDB for one test file: the real server named by MONGODB_URI when set (a fresh database,
 * dropped afterwards), else a private embedded MongoDB-compatible server.
 */
export async function startTestMongo(): Promise<TestMongo> {
  const dbName = `test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const external = process.env.MONGODB_URI;
  const server = external ? undefined : await startEmbeddedMongoServer();
  const uri = external ?? server!.uri;
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  await client.connect();
  const db = client.db(dbName);
  return {
    uri,
    db,
    client,
    dbName,
    async stop() {
      if (external) await db.dropDatabase().catch(() => undefined);
      await client.close();
      await server?.stop();
    },
  };
}
