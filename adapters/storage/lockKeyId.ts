import { createHash } from 'node:crypto';
import type { LockKey } from '../../domain/ports/lookupLockStore';

/**
 * The stored id of a lock key: a hash, so the lock-out store never holds a CJIB number (or a
 * conversation id) in readable form. Entries live at most one lock period.
 */
export function lockKeyId(key: LockKey): string {
  return `${key.kind}:${createHash('sha256').update(`cjib-lookup-lock\u0000${key.kind}\u0000${key.id}`).digest('hex')}`;
}
