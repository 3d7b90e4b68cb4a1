import type { Db } from 'mongodb';
import type { Clock } from '../../domain/ports/clock';
import type { Logger } from '../../domain/ports/logger';
import type { RetentionRule } from './retentionRules';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Enforces retention by deleting expired documents collection by collection: a periodic
 * `deleteMany` on the rule's date field. It works on every server (the embedded one has no TTL
 * expiry); on a real MongoDB the TTL indexes it creates do the same job between sweeps. Several
 * instances may sweep at once: deleting what is already gone is harmless.
 */
export class RetentionSweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly db: Db,
    private readonly rules: RetentionRule[],
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** TTL indexes for real MongoDB. A conflict with an index someone else made is logged, not fatal. */
  async ensureTtlIndexes(): Promise<void> {
    for (const rule of this.rules.filter((r) => r.ttlIndex)) {
      try {
        await this.db
          .collection(rule.collection)
          .createIndex({ [rule.field]: 1 }, { expireAfterSeconds: rule.days * 86400 });
      } catch (err) {
        this.logger.warn(
          {
            collection: rule.collection,
            error: { name: (err as Error)?.name, code: (err as { code?: unknown }).code },
          },
          'retention TTL index not created',
        );
      }
    }
  }

  /** Deletes every expired document now; returns how many per collection. */
  async sweep(): Promise<Record<string, number>> {
    const now = this.clock.now().getTime();
    const deleted: Record<string, number> = {};
    for (const rule of this.rules) {
      const cutoff = new Date(now - rule.days * DAY_MS);
      try {
        const result = await this.db
          .collection(rule.collection)
          .deleteMany({ [rule.field]: { $lt: cutoff } });
        deleted[rule.collection] = (deleted[rule.collection] ?? 0) + result.deletedCount;
      } catch (err) {
        this.logger.warn(
          { collection: rule.collection, error: { name: (err as Error)?.name } },
          'retention sweep failed',
        );
      }
    }
    const total = Object.values(deleted).reduce((a, b) => a + b, 0);
    if (total > 0) this.logger.info({ deleted }, 'retention sweep');
    return deleted;
  }

  /** Sweeps now and then every `intervalMs`; one sweep at a time. */
  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    const tick = (): void => {
      if (!this.running) this.running = this.sweep().finally(() => (this.running = undefined));
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
