import type { HandoffCase, HandoffStatus } from '../handoff/handoffCase';

/**
 * The handoff cases, one per conversation, with optimistic concurrency: `save` names the version
 * it read and fails with HandoffConflictError when someone else saved in between (two agents
 * claiming the same conversation: one wins). Implementations: MongoDB and in-memory.
 */
export interface HandoffStore {
  get(conversationKey: string): Promise<HandoffCase | undefined>;
  /**
   * Stores the case if its stored version is still `expectedVersion` (0: it must not exist yet) and
   * returns it with version `expectedVersion + 1`.
   */
  save(handoff: HandoffCase, expectedVersion: number): Promise<HandoffCase>;
  /** Cases in these states: priority cases first, then oldest queuedAt first (the queue order). */
  list(statuses: HandoffStatus[], limit: number): Promise<HandoffCase[]>;
  /**
   * How many queued cases are ahead of one queued at this moment: for a priority case the priority
   * cases queued before it; for another case every priority case and the others queued before it.
   */
  countQueuedBefore(queuedAt: Date, priority?: boolean): Promise<number>;
  /**
   * Records the queue position told to the citizen, only if the case is queued and the recorded
   * one is still `from`: the one process that succeeds tells the citizen.
   */
  setToldPosition(conversationKey: string, from: number | undefined, to: number): Promise<boolean>;
}
