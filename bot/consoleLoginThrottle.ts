import type { Clock } from '../domain/ports/clock';

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const MAX_TRACKED = 10_000;

/**
 * Slows down password guessing on the console: after 5 failed sign-ins for one username within
 * 15 minutes, that username is refused until the window has passed (per process; the IP rate limit
 * and the slow scrypt hash are the other layers).
 */
export class ConsoleLoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly clock: Clock) {}

  isBlocked(username: string): boolean {
    const entry = this.current(username);
    return entry !== undefined && entry.count >= MAX_FAILURES;
  }

  recordFailure(username: string): void {
    const entry = this.current(username) ?? { count: 0, since: this.clock.now().getTime() };
    entry.count += 1;
    if (this.failures.size >= MAX_TRACKED) this.failures.clear();
    this.failures.set(username, entry);
  }

  recordSuccess(username: string): void {
    this.failures.delete(username);
  }

  private current(username: string): { count: number; since: number } | undefined {
    const entry = this.failures.get(username);
    if (entry && this.clock.now().getTime() - entry.since > WINDOW_MS) {
      this.failures.delete(username);
      return undefined;
    }
    return entry;
  }
}
