import {
  isBucketFull,
  takeToken,
  type RateDecision,
  type RateLimitPolicy,
  type TokenBucket,
} from '../domain/rateLimit';

/**
 * Rate limits per key (conversation, IP address) in this process's memory. Each instance limits on
 * its own: behind a load balancer with N instances a client gets at most N times the limit, which is
 * what these limits are for (stopping floods and scripted abuse, not billing).
 */
export class InMemoryRateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    readonly policy: RateLimitPolicy,
    /** Upper bound on remembered keys, so a flood of new keys cannot exhaust memory. */
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): RateDecision {
    const nowMs = this.now();
    const decision = takeToken(this.buckets.get(key), this.policy, nowMs);
    // Re-inserting keeps the Map in least-recently-used order for eviction.
    this.buckets.delete(key);
    this.buckets.set(key, decision.bucket);
    if (this.buckets.size > this.maxKeys) this.evict(nowMs);
    return decision;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Drops refilled buckets; if that is not enough, the least recently used ones. */
  private evict(nowMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (isBucketFull(bucket, this.policy, nowMs)) this.buckets.delete(key);
    }
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= target) break;
      this.buckets.delete(key);
    }
  }
}
