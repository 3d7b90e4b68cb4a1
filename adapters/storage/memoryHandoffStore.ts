import { HandoffConflictError, type HandoffCase, type HandoffStatus } from '../../domain/handoff/handoffCase';
import type { HandoffStore } from '../../domain/ports/handoffStore';

/** Handoff cases in process memory (STORAGE=memory and dialog tests), same contract as MongoDB. */
export class MemoryHandoffStore implements HandoffStore {
  private readonly cases = new Map<string, HandoffCase>();

  async get(conversationKey: string): Promise<HandoffCase | undefined> {
    const found = this.cases.get(conversationKey);
    return found ? structuredClone(found) : undefined;
  }

  async save(handoff: HandoffCase, expectedVersion: number): Promise<HandoffCase> {
    const current = this.cases.get(handoff.conversationKey);
    if ((current?.version ?? 0) !== expectedVersion) throw new HandoffConflictError(handoff.conversationKey);
    const saved = { ...structuredClone(handoff), version: expectedVersion + 1 };
    for (const key of Object.keys(saved) as (keyof HandoffCase)[])
      if (saved[key] === undefined) delete saved[key];
    this.cases.set(handoff.conversationKey, saved);
    return structuredClone(saved);
  }

  async list(statuses: HandoffStatus[], limit: number): Promise<HandoffCase[]> {
    return [...this.cases.values()]
      .filter((c) => statuses.includes(c.status))
      .sort(
        (a, b) =>
          Number(Boolean(b.priority)) - Number(Boolean(a.priority)) ||
          (a.queuedAt?.getTime() ?? 0) - (b.queuedAt?.getTime() ?? 0),
      )
      .slice(0, limit)
      .map((c) => structuredClone(c));
  }

  async countQueuedBefore(queuedAt: Date, priority = false): Promise<number> {
    return [...this.cases.values()].filter((c) => {
      if (c.status !== 'queued' || !c.queuedAt) return false;
      const before = c.queuedAt < queuedAt;
      return priority ? Boolean(c.priority) && before : Boolean(c.priority) || before;
    }).length;
  }

  async setToldPosition(conversationKey: string, from: number | undefined, to: number): Promise<boolean> {
    const current = this.cases.get(conversationKey);
    if (!current || current.status !== 'queued' || current.toldPosition !== from) return false;
    current.toldPosition = to;
    return true;
  }
}
