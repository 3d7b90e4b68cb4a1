import { isBucketFull, takeToken, type RateLimitPolicy, type TokenBucket } from '../../domain/rateLimit';
import { InMemoryRateLimiter } from '../../bot/rateLimiter';

const policy: RateLimitPolicy = { burst: 3, perMinute: 60 }; // one token a second

describe('token bucket rule', () => {
  it('allows a burst, then refuses with the time until the next token', () => {
    let bucket: TokenBucket | undefined;
    const results = [0, 1, 2, 3].map(() => {
      const decision = takeToken(bucket, policy, 1000);
      bucket = decision.bucket;
      return decision;
    });
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3].retryAfterMs).toBe(1000);
  });

  it('refills at the sustained rate, never above the burst', () => {
    const empty: TokenBucket = { tokens: 0, updatedAt: 0 };
    expect(takeToken(empty, policy, 500).allowed).toBe(false);
    expect(takeToken(empty, policy, 1000).allowed).toBe(true);
    const later = takeToken(empty, policy, 3_600_000);
    expect(later.bucket.tokens).toBe(policy.burst - 1);
    expect(isBucketFull({ tokens: 0, updatedAt: 0 }, policy, 3000)).toBe(true);
    expect(isBucketFull({ tokens: 0, updatedAt: 0 }, policy, 2999)).toBe(false);
  });

  it('perMinute 0 disables the limit', () => {
    let bucket: TokenBucket | undefined;
    for (let i = 0; i < 1000; i++) {
      const decision = takeToken(bucket, { burst: 1, perMinute: 0 }, 0);
      expect(decision.allowed).toBe(true);
      bucket = decision.bucket;
    }
  });
});

describe('InMemoryRateLimiter', () => {
  it('keeps keys apart', () => {
    let now = 0;
    const limiter = new InMemoryRateLimiter({ burst: 1, perMinute: 6 }, 100, () => now);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
    expect(limiter.hit('b').allowed).toBe(true);
    now = 10_000;
    expect(limiter.hit('a').allowed).toBe(true);
  });

  it('stays bounded under a flood of new keys and forgets the least recently used', () => {
    const now = 0;
    const limiter = new InMemoryRateLimiter({ burst: 1, perMinute: 1 }, 1000, () => now);
    limiter.hit('victim');
    for (let i = 0; i < 5000; i++) limiter.hit(`flood-${i}`);
    expect(limiter.size).toBeLessThanOrEqual(1000);
    // The oldest key was evicted: its next request is allowed again (a fresh bucket), by design.
    expect(limiter.hit('victim').allowed).toBe(true);
  });
});
