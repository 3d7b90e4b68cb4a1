/**
 * Messages for a citizen from the staff side (an agent's message, "an agent joined", "handed back",
 * "closed", a queue-position update), written by whichever process handles the console and
 * delivered by any process's relay: each message is claimed atomically (pending → delivering) so it
 * reaches the citizen exactly once. Implementations: MongoDB and in-memory.
 */
export type OutboxKind =
  'agent_message' | 'agent_joined' | 'handed_back' | 'closed' | 'queue_position' | 'external_failed';

export interface OutboxMessage {
  id: string;
  conversationKey: string;
  kind: OutboxKind;
  /** The agent's own words (agent_message only); not stored masked: the citizen must read them. */
  text?: string;
  /** Values for the localised text, e.g. the position or the agent's display name. */
  vars?: Record<string, string | number>;
  locale: string;
  /** The Bot Framework conversation reference (opaque). */
  reference: Record<string, unknown>;
  createdAt: Date;
  status: 'pending' | 'delivering' | 'delivered' | 'failed';
  attempts: number;
  claimedAt?: Date;
}

export type NewOutboxMessage = Omit<OutboxMessage, 'id' | 'status' | 'attempts' | 'claimedAt'>;

export interface HandoffOutbox {
  add(message: NewOutboxMessage): Promise<OutboxMessage>;
  /**
   * Claims the oldest pending message (or one whose delivery started before `staleBefore`: its
   * process died), marking it delivering; undefined when there is none.
   */
  claimNext(now: Date, staleBefore: Date): Promise<OutboxMessage | undefined>;
  markDelivered(id: string): Promise<void>;
  /** Back to pending for another try, or failed for good. */
  release(id: string, giveUp: boolean): Promise<void>;
}
