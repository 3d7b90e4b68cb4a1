import type { Db } from 'mongodb';
import type { AppOverrides } from '../../bot/app';
import { startTestMongo, type TestMongo } from './mongo';
import { startTestApp, type TestApp } from './testApp';

/** The app of the enclosing describe block on a MongoDB of its own, which the test may read. */
export interface AppWithMongo {
  readonly app: TestApp;
  readonly mongo: TestMongo;
  /** The app's own database. */
  readonly db: Db;
}

/**
 * Starts a test MongoDB and the app on it before the describe block's tests, and stops both after
 * them. The app's database is the test MongoDB's fresh one unless `env` names another (MONGODB_DB).
 */
export function useAppWithMongo(
  env: Record<string, string> = {},
  overrides: AppOverrides = {},
): AppWithMongo {
  let mongo: TestMongo | undefined;
  let app: TestApp | undefined;
  beforeAll(async () => {
    mongo = await startTestMongo();
    app = await startTestApp({ MONGODB_URI: mongo.uri, MONGODB_DB: mongo.dbName, ...env }, overrides);
  });
  afterAll(async () => {
    await app?.close();
    await mongo?.stop();
  });
  const running = (): { app: TestApp; mongo: TestMongo } => {
    if (!app || !mongo) throw new Error('the app and its MongoDB run only inside tests and hooks');
    return { app, mongo };
  };
  return {
    get app() {
      return running().app;
    },
    get mongo() {
      return running().mongo;
    },
    get db() {
      return running().app.app.mongo!.db;
    },
  };
}
