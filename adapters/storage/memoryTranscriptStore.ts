import type {
  NewTranscriptEntry,
  TranscriptEntry,
  TranscriptStore,
} from '../../domain/ports/transcriptStore';

/** Entries are flat, so a field copy is the same as structuredClone at a fraction of the cost (every turn). */
function copyOf(entry: TranscriptEntry): TranscriptEntry {
  return { ...entry, at: new Date(entry.at.getTime()) };
}

/** The transcript in process memory (STORAGE=memory and dialog tests), same contract as MongoDB. */
export class MemoryTranscriptStore implements TranscriptStore {
  private readonly byConversation = new Map<string, TranscriptEntry[]>();

  async append(conversationKey: string, entries: NewTranscriptEntry[]): Promise<TranscriptEntry[]> {
    const list = this.byConversation.get(conversationKey) ?? [];
    this.byConversation.set(conversationKey, list);
    const stored = entries.map((e) => {
      const entry: TranscriptEntry = {
        conversationKey,
        seq: list.length + 1,
        role: e.role,
        text: e.text,
        at: new Date(e.at.getTime()),
      };
      if (e.author !== undefined) entry.author = e.author;
      list.push(entry);
      return entry;
    });
    return stored.map(copyOf);
  }

  async list(conversationKey: string, afterSeq = 0, limit = 200): Promise<TranscriptEntry[]> {
    return structuredClone(
      (this.byConversation.get(conversationKey) ?? []).filter((e) => e.seq > afterSeq).slice(0, limit),
    );
  }

  async latest(conversationKey: string, limit: number): Promise<TranscriptEntry[]> {
    return structuredClone((this.byConversation.get(conversationKey) ?? []).slice(-limit));
  }
}
