import { isLocale, type Locale } from '../domain/language/locale';
import { isValidTimeZone, parseOfficeSchedule, type OfficeHours } from '../domain/officeHours';
import { DUTCH_PUBLIC_HOLIDAYS_2026_2027 } from '../domain/officeHoursHolidays';
import { unknownRetentionCollections } from '../adapters/storage/retentionRules';

/** Every setting of the assistant. This file is the only reader of process.env (see README, Settings). */
export interface Config {
  port: number;
  host: string;
  /** Unset: an embedded MongoDB-compatible server is started for this process. */
  mongodbUri?: string;
  mongodbDb: string;
  /** `mongo` (default) or `memory` (explicit only: fast tests and the benchmark's bot-only figures). */
  storage: 'mongo' | 'memory';
  microsoftAppId?: string;
  microsoftAppPassword?: string;
  microsoftAppTenantId?: string;
  microsoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** Unset: the embedded demo back office. */
  collectionSystemUrl?: string;
  /** The HTTP adapter's bearer token, timeouts, retries and circuit breaker (docs/backoffice.md). */
  collectionHttp: {
    token?: string;
    timeoutMs: number;
    retries: number;
    backoffMs: number;
    breakerThreshold: number;
    breakerResetMs: number;
  };
  /** Port of `npm run backoffice` (the demo back office over HTTP) when no --port is given. */
  backofficePort: number;
  /** The demo back office's records (the format of data/collection-demo.json); unset = that file. */
  demoRecordsFile?: string;
  /** How long fine-lookup audit records are kept, in days. */
  lookupAuditRetentionDays: number;
  recognizer: 'local' | 'luis';
  luis?: { endpoint: string; appId: string; key: string; slot: string };
  defaultLocale: Locale;
  /** HS256 secret for the website's signed-in citizen tokens; unset disables the signed-in path. */
  signinTokenSecret?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** How long one conversation's turn lease lasts before another process may take it over. */
  turnLeaseMs: number;
  /** The trained intent model; unset = the one `npm run build` writes (dist/nlu/model.json). */
  nluModelPath?: string;
  /** When staff answer the chat (OFFICE_HOURS, OFFICE_TIMEZONE, PUBLIC_HOLIDAYS); outside it a callback is offered. */
  officeHours: OfficeHours;
  /** How often each process polls MongoDB for staff messages to deliver and console updates. */
  handoffPollMs: number;
  /** `console`: our staff console takes handoffs; `external`: a contact centre does, through handoff.initiate/status. */
  handoffRoute: 'console' | 'external';
  /** The outbox of arrangement requests: how often it looks for requests to deliver, and how long one delivery may take. */
  arrangementOutbox: { pollMs: number; leaseMs: number };
  /** How long a staff console session lasts. */
  consoleSessionMinutes: number;
  /** Largest accepted request body (bytes); bigger requests get 413. */
  maxBodyBytes: number;
  /** Token buckets (burst, sustained per minute; 0 per minute = off) per conversation and per client IP. */
  rateLimit: { conversation: { burst: number; perMinute: number }; ip: { burst: number; perMinute: number } };
  /** Behind our own reverse proxy: take the client IP from the last X-Forwarded-For hop. */
  trustProxy: boolean;
  /** Retention in days per collection, overriding the defaults (adapters/storage/retentionRules.ts). */
  retentionDays: Record<string, number>;
  /** How often the retention sweeper runs; 0 = never (e.g. when a separate job does it). */
  retentionSweepMinutes: number;
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** The assistant's address as browsers reach it (the Direct Line streamUrl); unset = the address the browser used. */
  publicUrl?: string;
  /** Self-hosted Direct Line: the secret for website back ends; unset = a random one per process (single instance only). */
  directLine: { secret?: string; tokenTtlSeconds: number; retentionHours: number; streamPollMs: number };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n - ${problems.join('\n - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; lists every problem at once instead of failing on the first. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = read(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      problems.push(`${name} must be a ${protocols.join(' or ')} URL`);
      return undefined;
    }
  };

  const recognizer = oneOf('RECOGNIZER', ['local', 'luis'] as const, 'local');
  let luis: Config['luis'];
  if (recognizer === 'luis') {
    const endpoint = url('LUIS_ENDPOINT', ['http:', 'https:']);
    const appId = read('LUIS_APP_ID');
    const key = read('LUIS_KEY');
    if (!endpoint) problems.push('LUIS_ENDPOINT is required when RECOGNIZER=luis');
    if (!appId) problems.push('LUIS_APP_ID is required when RECOGNIZER=luis');
    if (!key) problems.push('LUIS_KEY is required when RECOGNIZER=luis');
    if (endpoint && appId && key) luis = { endpoint, appId, key, slot: read('LUIS_SLOT') ?? 'production' };
  }

  const defaultLocale = read('DEFAULT_LOCALE') ?? 'nl';
  if (!isLocale(defaultLocale))
    problems.push(`DEFAULT_LOCALE must be one of nl, en, de, pl (got "${defaultLocale}")`);

  const microsoftAppId = read('MICROSOFT_APP_ID');
  const microsoftAppPassword = read('MICROSOFT_APP_PASSWORD');
  const microsoftAppType = oneOf(
    'MICROSOFT_APP_TYPE',
    ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const,
    'MultiTenant',
  );
  if (microsoftAppId && !microsoftAppPassword && microsoftAppType !== 'UserAssignedMSI') {
    problems.push('MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set');
  }

  const signinTokenSecret = read('SIGNIN_TOKEN_SECRET');
  if (signinTokenSecret !== undefined && signinTokenSecret.length < 32) {
    problems.push('SIGNIN_TOKEN_SECRET must be at least 32 characters');
  }

  const directLineSecret = read('DIRECTLINE_SECRET');
  if (directLineSecret !== undefined && directLineSecret.length < 32)
    problems.push('DIRECTLINE_SECRET must be at least 32 characters');

  const retentionDays: Record<string, number> = {};
  for (const entry of (read('RETENTION_DAYS') ?? '').split(',').filter((e) => e.trim() !== '')) {
    const match = /^\s*([A-Za-z][A-Za-z0-9_]{0,63})\s*=\s*(\d{1,5})\s*$/.exec(entry);
    if (!match || Number(match[2]) < 1)
      problems.push(
        `RETENTION_DAYS entries must look like collection=days with days ≥ 1 (got "${entry.trim()}")`,
      );
    else retentionDays[match[1]] = Number(match[2]);
  }
  for (const name of unknownRetentionCollections(retentionDays))
    problems.push(`RETENTION_DAYS names an unknown collection "${name}"`);
  const trustProxy = oneOf('TRUST_PROXY', ['true', 'false'] as const, 'false') === 'true';

  const config: Config = {
    port: integer('PORT', 3978, 0, 65535),
    host: read('HOST') ?? '0.0.0.0',
    mongodbUri: url('MONGODB_URI', ['mongodb:', 'mongodb+srv:']),
    mongodbDb: read('MONGODB_DB') ?? 'cjib_assistant',
    storage: oneOf('STORAGE', ['mongo', 'memory'] as const, 'mongo'),
    microsoftAppId,
    microsoftAppPassword,
    microsoftAppTenantId: read('MICROSOFT_APP_TENANT_ID'),
    microsoftAppType,
    collectionSystemUrl: url('COLLECTION_SYSTEM_URL', ['http:', 'https:']),
    collectionHttp: {
      token: read('COLLECTION_SYSTEM_TOKEN'),
      timeoutMs: integer('COLLECTION_TIMEOUT_MS', 2500, 50, 60000),
      retries: integer('COLLECTION_RETRIES', 2, 0, 10),
      backoffMs: integer('COLLECTION_RETRY_BACKOFF_MS', 200, 0, 10000),
      breakerThreshold: integer('COLLECTION_BREAKER_THRESHOLD', 5, 1, 1000),
      breakerResetMs: integer('COLLECTION_BREAKER_RESET_MS', 30000, 100, 3600000),
    },
    backofficePort: integer('BACKOFFICE_PORT', 4010, 0, 65535),
    demoRecordsFile: read('DEMO_RECORDS_FILE'),
    lookupAuditRetentionDays: integer('LOOKUP_AUDIT_RETENTION_DAYS', 365, 1, 3650),
    recognizer,
    luis,
    defaultLocale: isLocale(defaultLocale) ? defaultLocale : 'nl',
    signinTokenSecret,
    logLevel: oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    turnLeaseMs: integer('TURN_LEASE_MS', 30000, 1000, 600000),
    nluModelPath: read('NLU_MODEL_PATH'),
    officeHours: officeHours(
      read('OFFICE_HOURS'),
      read('OFFICE_TIMEZONE'),
      read('PUBLIC_HOLIDAYS'),
      problems,
    ),
    handoffPollMs: integer('HANDOFF_POLL_MS', 1000, 50, 60000),
    handoffRoute: oneOf('HANDOFF_ROUTE', ['console', 'external'] as const, 'console'),
    arrangementOutbox: {
      pollMs: integer('ARRANGEMENT_OUTBOX_POLL_MS', 1000, 50, 600000),
      leaseMs: integer('ARRANGEMENT_OUTBOX_LEASE_MS', 30000, 1000, 600000),
    },
    consoleSessionMinutes: integer('CONSOLE_SESSION_MINUTES', 480, 5, 7 * 24 * 60),
    maxBodyBytes: integer('MAX_BODY_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
    rateLimit: {
      conversation: {
        burst: integer('RATE_LIMIT_CONVERSATION_BURST', 30, 1, 100000),
        perMinute: integer('RATE_LIMIT_CONVERSATION_PER_MINUTE', 30, 0, 1000000),
      },
      ip: {
        burst: integer('RATE_LIMIT_IP_BURST', 120, 1, 1000000),
        perMinute: integer('RATE_LIMIT_IP_PER_MINUTE', 600, 0, 10000000),
      },
    },
    trustProxy,
    retentionDays,
    retentionSweepMinutes: integer('RETENTION_SWEEP_MINUTES', 60, 0, 10080),
    metricsToken: read('METRICS_TOKEN'),
    publicUrl: url('PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
    directLine: {
      secret: directLineSecret,
      tokenTtlSeconds: integer('DIRECTLINE_TOKEN_TTL_SECONDS', 1800, 60, 86400),
      retentionHours: integer('DIRECTLINE_RETENTION_HOURS', 24, 1, 2160),
      streamPollMs: integer('DIRECTLINE_STREAM_POLL_MS', 1000, 100, 60000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Office hours from "mon-fri 08:00-17:00", a time zone and ISO holiday dates (default: Dutch holidays 2026–2027). */
function officeHours(
  schedule: string | undefined,
  timeZone: string | undefined,
  holidays: string | undefined,
  problems: string[],
): OfficeHours {
  let week: OfficeHours['week'] = [];
  try {
    week = parseOfficeSchedule(schedule ?? 'mon-fri 08:00-17:00');
  } catch (err) {
    problems.push(`OFFICE_HOURS: ${(err as Error).message}`);
  }
  const zone = timeZone ?? 'Europe/Amsterdam';
  if (!isValidTimeZone(zone))
    problems.push(`OFFICE_TIMEZONE must be an IANA time zone such as Europe/Amsterdam (got "${zone}")`);
  const dates =
    holidays === undefined
      ? [...DUTCH_PUBLIC_HOLIDAYS_2026_2027]
      : holidays
          .split(',')
          .map((d) => d.trim())
          .filter(Boolean);
  const bad = dates.filter((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d));
  if (bad.length > 0)
    problems.push(
      `PUBLIC_HOLIDAYS must be a comma-separated list of dates like 2026-12-25 (got "${bad.join(', ')}")`,
    );
  return { week, timeZone: zone, holidays: dates };
}
