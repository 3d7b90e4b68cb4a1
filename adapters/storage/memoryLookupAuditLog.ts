import type { LookupAuditEntry, LookupAuditLog } from '../../domain/ports/lookupAuditLog';

/** The lookup audit trail in process memory (STORAGE=memory only). */
export class MemoryLookupAuditLog implements LookupAuditLog {
  private readonly entries: LookupAuditEntry[] = [];

  async record(entry: LookupAuditEntry): Promise<void> {
    this.entries.push({ ...entry });
  }

  async forConversation(channelId: string, conversationId: string): Promise<LookupAuditEntry[]> {
    return this.entries
      .filter((e) => e.channelId === channelId && e.conversationId === conversationId)
      .map((e) => ({ ...e }))
      .sort((a, b) => a.at.localeCompare(b.at));
  }
}
