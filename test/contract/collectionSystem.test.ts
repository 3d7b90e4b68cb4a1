import { EmbeddedCollectionSystem } from '../../adapters/collection/embeddedCollectionSystem';
import { HttpCollectionSystem } from '../../adapters/collection/httpCollectionSystem';
import { InMemoryCollectionSystem } from '../../adapters/collection/inMemoryCollectionSystem';
import type { Clock } from '../../domain/ports/clock';
import { startBackOffice } from '../../scripts/backoffice';
import { startTestMongo } from '../support/mongo';
import { collectionSystemContract } from './collectionSystemContract';

const clock: Clock = { now: () => new Date('2026-11-22T10:00:00Z') };

collectionSystemContract('InMemoryCollectionSystem', async () => ({
  system: await InMemoryCollectionSystem.start(clock),
  stop: async () => undefined,
}));

collectionSystemContract('EmbeddedCollectionSystem (MongoDB)', async () => {
  const mongo = await startTestMongo();
  const system = await EmbeddedCollectionSystem.start(mongo.db, clock);
  // Seeding is idempotent: a second start-up on the same database changes nothing.
  await EmbeddedCollectionSystem.start(mongo.db, clock);
  return { system, stop: () => mongo.stop() };
});

collectionSystemContract('HttpCollectionSystem → npm run backoffice (HTTP over a socket)', async () => {
  const mongo = await startTestMongo();
  const backOffice = await startBackOffice({
    port: 0,
    mongodbUri: mongo.uri,
    dbName: mongo.dbName,
    clock,
    token: 'demo-token',
  });
  const system = new HttpCollectionSystem({
    baseUrl: backOffice.url,
    token: 'demo-token',
    timeoutMs: 2000,
    retries: 2,
    backoffMs: 20,
    breakerThreshold: 5,
    breakerResetMs: 1000,
  });
  return {
    system,
    stop: async () => {
      await backOffice.close();
      await mongo.stop();
    },
  };
});
