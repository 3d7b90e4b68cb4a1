import type { TurnLock } from '../../domain/ports/turnLock';

/**
 * In-process FIFO per conversation: turns of one conversation run one after another in arrival
 * order; other conversations are not held up. Also the first stage of the MongoDB lock, so a burst
 * of messages in one process does not poll the database.
 */
export class LocalTurnQueue implements TurnLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async runExclusive<T>(conversationKey: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(conversationKey) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    this.tails.set(conversationKey, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(conversationKey) === tail) this.tails.delete(conversationKey);
    }
  }
}
