import { randomUUID } from 'node:crypto';
import type { HandoffOutbox, NewOutboxMessage, OutboxMessage } from '../../domain/ports/handoffOutbox';

/** The outbox in process memory (STORAGE=memory and dialog tests), same contract as MongoDB. */
export class MemoryHandoffOutbox implements HandoffOutbox {
  private readonly messages: OutboxMessage[] = [];

  async add(message: NewOutboxMessage): Promise<OutboxMessage> {
    const stored: OutboxMessage = { ...structuredClone(message), id: randomUUID(), status: 'pending', attempts: 0 };
    this.messages.push(stored);
    return structuredClone(stored);
  }

  async claimNext(now: Date, staleBefore: Date): Promise<OutboxMessage | undefined> {
    const next = this.messages
      .filter((m) => m.status === 'pending' || (m.status === 'delivering' && m.claimedAt && m.claimedAt < staleBefore))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
    if (!next) return undefined;
    next.status = 'delivering';
    next.claimedAt = now;
    next.attempts += 1;
    return structuredClone(next);
  }

  async markDelivered(id: string): Promise<void> {
    const index = this.messages.findIndex((m) => m.id === id);
    if (index >= 0) this.messages.splice(index, 1);
  }

  async release(id: string, giveUp: boolean): Promise<void> {
    const found = this.messages.find((m) => m.id === id);
    if (found) found.status = giveUp ? 'failed' : 'pending';
  }
}
