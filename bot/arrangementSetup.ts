import type { Db } from 'mongodb';
import { ArrangementOutboxWorker } from '../adapters/outbox/arrangementOutboxWorker';
import { MemoryArrangementRequestStore } from '../adapters/storage/memoryArrangementRequestStore';
import { MongoArrangementRequestStore } from '../adapters/storage/mongoArrangementRequestStore';
import { retentionDaysOf } from '../adapters/storage/retentionRules';
import { DEFAULT_ARRANGEMENT_POLICY } from '../domain/arrangement/arrangementPolicy';
import type { CollectionSystem } from '../domain/ports/collectionSystem';
import type { Logger } from '../domain/ports/logger';
import type { DialogDeps } from '../dialogs/dialogDeps';
import type { Config } from './config';

export interface ArrangementFeature {
  services: NonNullable<DialogDeps['arrangements']>;
  /** Starts delivering stored requests to the back office (after the server listens). */
  start(): void;
  /** Stops the outbox and waits for a delivery under way. */
  stop(): Promise<void>;
}

/**
 * Payment arrangements: the policy, the outbox of requests (MongoDB, or memory with STORAGE=memory)
 * and the worker that delivers them to the back office. The outbox runs on the wall clock: leases
 * and retries are about real time, whatever clock the dialogs use for dates.
 */
export async function createArrangementFeature(options: {
  config: Config;
  db?: Db;
  collection: CollectionSystem;
  logger: Logger;
  /** Told of each request the back office refused for good (a metric, for staff). */
  onRefused?: () => void;
}): Promise<ArrangementFeature> {
  const { config, db, collection, logger, onRefused } = options;
  let requests: MongoArrangementRequestStore | MemoryArrangementRequestStore;
  if (db) {
    const store = new MongoArrangementRequestStore(db, {
      retentionDays: retentionDaysOf('arrangementRequests', config.retentionDays),
    });
    await store.ensureIndexes();
    requests = store;
  } else {
    requests = new MemoryArrangementRequestStore();
  }
  const worker = new ArrangementOutboxWorker(requests, collection, logger, {
    ...config.arrangementOutbox,
    ...(onRefused ? { onRefused } : {}),
  });
  return {
    services: { policy: DEFAULT_ARRANGEMENT_POLICY, requests },
    start: () => worker.start(),
    stop: () => worker.stop(),
  };
}
