import { ConfigError, loadConfig } from '../../../bot/config';

describe('back-office settings', () => {
  it('has safe defaults: embedded demo, bounded timeouts and retries', () => {
    const config = loadConfig({});
    expect(config.collectionSystemUrl).toBeUndefined();
    expect(config.collectionHttp).toEqual({
      token: undefined,
      timeoutMs: 2500,
      retries: 2,
      backoffMs: 200,
      breakerThreshold: 5,
      breakerResetMs: 30000,
    });
    expect(config.backofficePort).toBe(4010);
    expect(config.lookupAuditRetentionDays).toBe(365);
  });

  it('reads them from the environment', () => {
    const config = loadConfig({
      COLLECTION_SYSTEM_URL: 'https://backoffice.example/api',
      COLLECTION_SYSTEM_TOKEN: 'tok',
      COLLECTION_TIMEOUT_MS: '1000',
      COLLECTION_RETRIES: '0',
      COLLECTION_RETRY_BACKOFF_MS: '50',
      COLLECTION_BREAKER_THRESHOLD: '3',
      COLLECTION_BREAKER_RESET_MS: '5000',
      BACKOFFICE_PORT: '4100',
      LOOKUP_AUDIT_RETENTION_DAYS: '30',
    });
    expect(config.collectionSystemUrl).toBe('https://backoffice.example/api');
    expect(config.collectionHttp).toEqual({
      token: 'tok',
      timeoutMs: 1000,
      retries: 0,
      backoffMs: 50,
      breakerThreshold: 3,
      breakerResetMs: 5000,
    });
    expect(config.backofficePort).toBe(4100);
    expect(config.lookupAuditRetentionDays).toBe(30);
  });

  it('lists every bad value at once', () => {
    try {
      loadConfig({
        COLLECTION_SYSTEM_URL: 'ftp://x',
        COLLECTION_TIMEOUT_MS: '0',
        COLLECTION_RETRIES: 'many',
      });
      throw new Error('no error');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([
        expect.stringMatching(/COLLECTION_SYSTEM_URL/),
        expect.stringMatching(/COLLECTION_TIMEOUT_MS/),
        expect.stringMatching(/COLLECTION_RETRIES/),
      ]);
    }
  });
});
