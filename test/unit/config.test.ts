import { ConfigError, loadConfig } from '../../bot/config';

describe('configuration', () => {
  it('has working defaults for the embedded setup', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, storage: 'mongo', recognizer: 'local', defaultLocale: 'nl' });
    expect(config.mongodbUri).toBeUndefined();
    expect(config.collectionSystemUrl).toBeUndefined();
  });

  it('lists every problem at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', RECOGNIZER: 'luis', DEFAULT_LOCALE: 'fr', MONGODB_URI: 'http://x', STORAGE: 'disk' });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.problems.join('\n');
    for (const name of ['PORT', 'LUIS_ENDPOINT', 'LUIS_APP_ID', 'LUIS_KEY', 'DEFAULT_LOCALE', 'MONGODB_URI', 'STORAGE']) {
      expect(text).toContain(name);
    }
  });

  it('needs a password with an app id', () => {
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'abc' })).toThrow(/MICROSOFT_APP_PASSWORD/);
  });

  it('accepts a complete LUIS setup', () => {
    const config = loadConfig({ RECOGNIZER: 'luis', LUIS_ENDPOINT: 'http://127.0.0.1:9', LUIS_APP_ID: 'app', LUIS_KEY: 'k' });
    expect(config.luis).toEqual({ endpoint: 'http://127.0.0.1:9', appId: 'app', key: 'k', slot: 'production' });
  });
});
