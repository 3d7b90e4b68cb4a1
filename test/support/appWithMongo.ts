import type { Db } from 'mongodb';
import type { AppOverrides } from '../../bot/app';
import { welcomed, type AppForTests } from './appForTests';
import { startTestMongo, type TestMongo } from './mongo';
import { startTestApp, type TestApp } from './testApp';

/** The app of the enclosing describe block on a MongoDB of its own, which the test may read. */
export interface AppWithMongo extends AppForTests {
  readonly mongo: TestMongo;
  /** The app's own database. */
  readonly db: Db;
  /** Closes the app and starts it again on the same database, as a restarted process. */
  restart(): Promise<void>;
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
  const start = async (on: TestMongo): Promise<TestApp> =>
    startTestApp({ MONGODB_URI: on.uri, MONGODB_DB: on.dbName, ...env }, overrides);
  beforeAll(async () => {
    mongo = await startTestMongo();
    app = await start(mongo);
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
    open: (options) => welcomed(running().app, options),
    async restart() {
      const current = running();
      await current.app.close();
      app = await start(current.mongo);
    },
  };
}
