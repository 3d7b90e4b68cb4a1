/**
 * Token bucket: a client may send `burst` requests at once and then `perMinute` a minute on
 * average. Pure rule (time comes in), so it is the same for a conversation, an IP address or any
 * other key, and testable without waiting.
 */
export interface RateLimitPolicy {
  /** Requests allowed in one go (the bucket's size). */
  burst: number;
  /** Sustained requests per minute (the refill rate). 0 disables the limit. */
  perMinute: number;
}

export interface TokenBucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms since the epoch). */
  updatedAt: number;
}

export interface RateDecision {
  allowed: boolean;
  bucket: TokenBucket;
  /** When refused: how long until one request is allowed again (whole ms, ≥ 1). */
  retryAfterMs: number;
}

export function isRateLimitDisabled(policy: RateLimitPolicy): boolean {
  return policy.perMinute <= 0 || policy.burst <= 0;
}

/** Takes one token from the bucket (a fresh, full bucket when there is none yet). */
export function takeToken(
  bucket: TokenBucket | undefined,
  policy: RateLimitPolicy,
  nowMs: number,
): RateDecision {
  if (isRateLimitDisabled(policy))
    return { allowed: true, bucket: { tokens: policy.burst, updatedAt: nowMs }, retryAfterMs: 0 };
  const perMs = policy.perMinute / 60000;
  const elapsed = bucket ? Math.max(0, nowMs - bucket.updatedAt) : 0;
  const tokens = bucket ? Math.min(policy.burst, bucket.tokens + elapsed * perMs) : policy.burst;
  if (tokens >= 1)
    return { allowed: true, bucket: { tokens: tokens - 1, updatedAt: nowMs }, retryAfterMs: 0 };
  return {
    allowed: false,
    bucket: { tokens, updatedAt: nowMs },
    retryAfterMs: Math.max(1, Math.ceil((1 - tokens) / perMs)),
  };
}

/** A bucket that has refilled completely carries no information and may be forgotten. */
export function isBucketFull(bucket: TokenBucket, policy: RateLimitPolicy, nowMs: number): boolean {
  const perMs = policy.perMinute / 60000;
  return bucket.tokens + Math.max(0, nowMs - bucket.updatedAt) * perMs >= policy.burst;
}
