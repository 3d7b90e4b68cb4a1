import {
  DEFAULT_LOOKUP_LOCK_POLICY,
  type FailureOutcome,
  type LockKey,
  type LookupLockPolicy,
  type LookupLockStore,
} from '../../domain/ports/lookupLockStore';
import { lockKeyId } from './lockKeyId';

interface LockEntry {
  failures: number;
  lockedUntil?: Date;
  expiresAt: Date;
}

/** Lookup lock-outs in process memory (STORAGE=memory only): same rules as MongoLookupLockStore. */
export class MemoryLookupLockStore implements LookupLockStore {
  private readonly entries = new Map<string, LockEntry>();

  constructor(private readonly policy: LookupLockPolicy = DEFAULT_LOOKUP_LOCK_POLICY) {}

  private current(id: string, now: Date): LockEntry | undefined {
    const entry = this.entries.get(id);
    if (entry && entry.expiresAt <= now) {
      this.entries.delete(id);
      return undefined;
    }
    return entry;
  }

  async lockedUntil(keys: LockKey[], now: Date): Promise<Date | undefined> {
    const until = keys
      .map((k) => this.current(lockKeyId(k), now)?.lockedUntil)
      .filter((d): d is Date => d !== undefined && d > now);
    return until.length ? new Date(Math.max(...until.map((d) => d.getTime()))) : undefined;
  }

  async registerFailure(keys: LockKey[], now: Date): Promise<FailureOutcome> {
    const expiresAt = new Date(now.getTime() + this.policy.lockMs);
    let failures = 0;
    for (const key of keys) {
      const id = lockKeyId(key);
      const entry = this.current(id, now) ?? { failures: 0, expiresAt };
      entry.failures += 1;
      entry.expiresAt = expiresAt;
      this.entries.set(id, entry);
      failures = Math.max(failures, entry.failures);
    }
    if (failures < this.policy.maxFailures) return { failures };
    const current = await this.lockedUntil(keys, now);
    if (current) return { failures, lockedUntil: current };
    for (const key of keys) {
      const entry = this.entries.get(lockKeyId(key));
      if (entry) Object.assign(entry, { lockedUntil: expiresAt, expiresAt });
    }
    return { failures, lockedUntil: expiresAt };
  }

  async clearFailures(keys: LockKey[]): Promise<void> {
    for (const key of keys) {
      const entry = this.entries.get(lockKeyId(key));
      if (entry) entry.failures = 0;
    }
  }
}
