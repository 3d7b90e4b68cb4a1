import type { Db } from 'mongodb';
import { JwtSigninTokenVerifier } from '../adapters/auth/jwtSigninTokenVerifier';
import { EmbeddedCollectionSystem } from '../adapters/collection/embeddedCollectionSystem';
import { HttpCollectionSystem } from '../adapters/collection/httpCollectionSystem';
import { InMemoryCollectionSystem } from '../adapters/collection/inMemoryCollectionSystem';
import { loadDemoFixtures } from '../adapters/collection/demoFixtures';
import { MemoryLookupAuditLog } from '../adapters/storage/memoryLookupAuditLog';
import { MemoryLookupLockStore } from '../adapters/storage/memoryLookupLockStore';
import { MongoLookupAuditLog } from '../adapters/storage/mongoLookupAuditLog';
import { MongoLookupLockStore } from '../adapters/storage/mongoLookupLockStore';
import type { Clock } from '../domain/ports/clock';
import type { CollectionSystem } from '../domain/ports/collectionSystem';
import type { Logger } from '../domain/ports/logger';
import type { LookupAuditLog } from '../domain/ports/lookupAuditLog';
import type { LookupLockStore } from '../domain/ports/lookupLockStore';
import type { SigninTokenVerifier } from '../domain/ports/signinTokenVerifier';
import type { Config } from './config';

export interface LookupPorts {
  collection: CollectionSystem;
  lookupLocks: LookupLockStore;
  audit: LookupAuditLog;
  signinTokens?: SigninTokenVerifier;
}

/**
 * The fine lookup's adapters: the back office (HTTP when COLLECTION_SYSTEM_URL is set, else the
 * embedded demo on the assistant's MongoDB, or in memory with STORAGE=memory), lock-outs and the
 * audit trail in MongoDB (memory with STORAGE=memory), and the signed-in token verifier when a
 * secret is configured.
 */
export async function createLookupPorts(options: {
  config: Config;
  db?: Db;
  clock: Clock;
  logger: Logger;
  collection?: CollectionSystem;
}): Promise<LookupPorts> {
  const { config, db, clock, logger } = options;
  let collection = options.collection;
  if (!collection && config.collectionSystemUrl) {
    collection = new HttpCollectionSystem({
      baseUrl: config.collectionSystemUrl,
      ...config.collectionHttp,
      logger,
    });
  }
  let lookupLocks: LookupLockStore;
  let audit: LookupAuditLog;
  if (db) {
    const locks = new MongoLookupLockStore(db);
    const mongoAudit = new MongoLookupAuditLog(db, config.lookupAuditRetentionDays);
    await Promise.all([locks.ensureIndexes(), mongoAudit.ensureIndexes()]);
    collection ??= await EmbeddedCollectionSystem.start(db, clock, loadDemoFixtures(config.demoRecordsFile));
    lookupLocks = locks;
    audit = mongoAudit;
  } else {
    collection ??= await InMemoryCollectionSystem.start(clock, loadDemoFixtures(config.demoRecordsFile));
    lookupLocks = new MemoryLookupLockStore();
    audit = new MemoryLookupAuditLog();
  }
  const signinTokens = config.signinTokenSecret
    ? new JwtSigninTokenVerifier({ secret: config.signinTokenSecret, clock })
    : undefined;
  return { collection, lookupLocks, audit, ...(signinTokens ? { signinTokens } : {}) };
}
