import type {
  ActivityJson,
  DirectLineConversationRecord,
  DirectLineStore,
  StoredActivity,
} from './directLineStore';

/** The Direct Line store in this process's memory: only with STORAGE=memory (nothing persists). */
export class MemoryDirectLineStore implements DirectLineStore {
  private readonly conversations = new Map<string, DirectLineConversationRecord & { seq: number }>();
  private readonly activities = new Map<string, StoredActivity[]>();

  async ensureIndexes(): Promise<void> {}

  async createConversation(record: DirectLineConversationRecord): Promise<boolean> {
    if (this.conversations.has(record.id)) return false;
    this.conversations.set(record.id, { ...record, seq: 0 });
    this.activities.set(record.id, []);
    return true;
  }

  async getConversation(id: string): Promise<DirectLineConversationRecord | undefined> {
    const found = this.conversations.get(id);
    if (!found) return undefined;
    const { seq: _seq, ...record } = found;
    return { ...record };
  }

  async append(
    conversationId: string,
    build: (seq: number) => ActivityJson,
    storedAt: Date,
    expiresAt: Date,
  ): Promise<StoredActivity> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new Error('conversation not found');
    conversation.seq += 1;
    if (expiresAt > conversation.expiresAt) conversation.expiresAt = expiresAt;
    const stored: StoredActivity = {
      conversationId,
      seq: conversation.seq,
      activity: structuredClone(build(conversation.seq)),
      storedAt,
    };
    this.activities.get(conversationId)!.push(stored);
    return structuredClone(stored);
  }

  async listAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivity[]> {
    return (this.activities.get(conversationId) ?? [])
      .filter((a) => a.seq > afterSeq)
      .slice(0, limit)
      .map((a) => structuredClone(a));
  }

  async lastSeqs(conversationIds: string[]): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    for (const id of conversationIds) {
      const conversation = this.conversations.get(id);
      if (conversation) result.set(id, conversation.seq);
    }
    return result;
  }

  async deleteExpired(now: Date): Promise<number> {
    let deleted = 0;
    for (const [id, conversation] of this.conversations) {
      if (conversation.expiresAt <= now) {
        this.conversations.delete(id);
        this.activities.delete(id);
        deleted++;
      }
    }
    return deleted;
  }
}
