import type { Db } from 'mongodb';
import { startTestMongo, type TestMongo } from './mongo';

/** The test MongoDB of the enclosing describe block, for contract suites that build many stores on it. */
export interface SuiteMongo {
  readonly mongo: TestMongo;
  readonly db: Db;
  /** '_1', '_2', …: a suffix for the collections of each store built, so no two share data. */
  nextSuffix(): string;
}

/** Starts a test MongoDB before the describe block's tests and stops it after them. */
export function useTestMongo(): SuiteMongo {
  let mongo: TestMongo | undefined;
  let n = 0;
  beforeAll(async () => {
    mongo = await startTestMongo();
  });
  afterAll(async () => {
    await mongo?.stop();
  });
  const running = (): TestMongo => {
    if (!mongo) throw new Error('the test MongoDB runs only inside tests and hooks');
    return mongo;
  };
  return {
    get mongo() {
      return running();
    },
    get db() {
      return running().db;
    },
    nextSuffix: () => `_${++n}`,
  };
}
