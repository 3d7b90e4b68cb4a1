/**
 * The conversation transcript: one document per message (conversation + sequence), texts stored
 * with personal numbers masked (the caller masks with maskPersonalData). Staff read it in the
 * console and it travels with handoff.initiate. Implementations: MongoDB and in-memory.
 */
/** `note`: staff's note for colleagues (handing back), never shown to the citizen. */
export type TranscriptRole = 'citizen' | 'assistant' | 'agent' | 'system' | 'note';

export interface TranscriptEntry {
  conversationKey: string;
  /** 1, 2, 3 … per conversation, in the order the messages were recorded. */
  seq: number;
  role: TranscriptRole;
  text: string;
  at: Date;
  /** The agent's display name for agent messages and notes. */
  author?: string;
}

export type NewTranscriptEntry = Pick<TranscriptEntry, 'role' | 'text' | 'at' | 'author'>;

export interface TranscriptStore {
  /** Appends in order; returns the stored entries with their sequence numbers. */
  append(conversationKey: string, entries: NewTranscriptEntry[]): Promise<TranscriptEntry[]>;
  /** Entries after `afterSeq` (default 0), oldest first, at most `limit`. */
  list(conversationKey: string, afterSeq?: number, limit?: number): Promise<TranscriptEntry[]>;
  /** The last `limit` entries, oldest first. */
  latest(conversationKey: string, limit: number): Promise<TranscriptEntry[]>;
}
