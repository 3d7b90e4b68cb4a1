/**
 * Where the self-hosted Direct Line keeps conversations and their activities: one record per
 * conversation (with the sequence counter) and one per activity, keyed by conversation id and
 * sequence number, so that any instance can serve any conversation and a page reload resumes it.
 */

/** An activity as JSON, the way clients receive it. */
export type ActivityJson = Record<string, unknown>;

export interface DirectLineConversationRecord {
  id: string;
  /** `webchat` when the client is Web Chat, else `directline`. */
  channelId: string;
  userId: string;
  locale?: string;
  createdAt: Date;
  /** Removed by the retention sweep after this moment. */
  expiresAt: Date;
}

export interface StoredActivity {
  conversationId: string;
  /** 1, 2, 3 … per conversation; the watermark a client holds is the last sequence it has seen. */
  seq: number;
  activity: ActivityJson;
  storedAt: Date;
}

export interface DirectLineStore {
  ensureIndexes(): Promise<void>;
  /** Creates the conversation; false when it already exists (the existing one is left untouched). */
  createConversation(record: DirectLineConversationRecord): Promise<boolean>;
  getConversation(id: string): Promise<DirectLineConversationRecord | undefined>;
  /**
   * Takes the conversation's next sequence number and stores the activity built for it; the
   * conversation's retention is extended to `expiresAt` (a live conversation is not swept).
   */
  append(
    conversationId: string,
    build: (seq: number) => ActivityJson,
    storedAt: Date,
    expiresAt: Date,
  ): Promise<StoredActivity>;
  /** Stored activities with a sequence above `afterSeq`, in order (a concurrent writer may leave a gap). */
  listAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivity[]>;
  /** The highest sequence number handed out per conversation (0 = none), for change polling. */
  lastSeqs(conversationIds: string[]): Promise<Map<string, number>>;
  /** Deletes conversations (and their activities) whose retention ended; returns how many conversations. */
  deleteExpired(now: Date): Promise<number>;
}
