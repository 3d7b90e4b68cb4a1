import { randomUUID } from 'node:crypto';
import type { HandoffOutbox, NewOutboxMessage, OutboxMessage } from '../../domain/ports/handoffOutbox';

/** The outbox in process memory (STORAGE=memory and dialog tests), same contract as MongoDB. */
export class MemoryHandoffOutbox implements HandoffOutbox {
  private readonly messages: OutboxMessage[] = [];

  async add(message: NewOutboxMessage): Promise<OutboxMessage> {
    const stored: OutboxMessage = {
      ...structuredClone(message),
      id: randomUUID(),
      status: 'pending',
      attempts: 0,
    };
    this.messages.push(stored);
    return structuredClone(stored);
  }

  async claimNext(now: Date, staleBefore: Date): Promise<OutboxMessage | undefined> {
    const busy = new Set(
      this.messages
        .filter((m) => m.status === 'delivering' && m.claimedAt && m.claimedAt >= staleBefore)
        .map((m) => m.conversationKey),
    );
    const skipped = new Set<string>();
    for (const m of this.messages) {
      const waiting =
        m.status === 'pending' ||
        (m.status === 'delivering' && m.claimedAt !== undefined && m.claimedAt < staleBefore);
      if (!waiting || skipped.has(m.conversationKey)) continue;
      if (busy.has(m.conversationKey)) {
        skipped.add(m.conversationKey);
        continue;
      }
      m.status = 'delivering';
      m.claimedAt = now;
      m.attempts += 1;
      return structuredClone(m);
    }
    return undefined;
  }

  async markDelivered(id: string): Promise<void> {
    const index = this.messages.findIndex((m) => m.id === id);
    if (index >= 0) this.messages.splice(index, 1);
  }

  async release(id: string, giveUp: boolean): Promise<void> {
    const found = this.messages.find((m) => m.id === id);
    if (!found) return;
    found.status = giveUp ? 'failed' : 'pending';
    // Given up: the agent's words as typed are not kept (the transcript has them masked).
    if (giveUp) delete found.text;
  }
}
