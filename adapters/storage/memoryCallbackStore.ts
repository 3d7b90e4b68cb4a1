import { randomUUID } from 'node:crypto';
import type {
  CallbackOutcome,
  CallbackRequest,
  CallbackStore,
  NewCallbackRequest,
} from '../../domain/ports/callbackStore';

/** Callback requests in process memory (STORAGE=memory and dialog tests), same contract as MongoDB. */
export class MemoryCallbackStore implements CallbackStore {
  private readonly requests: CallbackRequest[] = [];

  async add(request: NewCallbackRequest): Promise<CallbackRequest> {
    const stored: CallbackRequest = { ...structuredClone(request), id: randomUUID(), status: 'open' };
    this.requests.push(stored);
    return structuredClone(stored);
  }

  async listOpen(limit: number): Promise<CallbackRequest[]> {
    return structuredClone(
      this.requests
        .filter((r) => r.status === 'open')
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .slice(0, limit),
    );
  }

  async markDone(id: string, by: string, at: Date, outcome: CallbackOutcome = 'reached'): Promise<boolean> {
    const found = this.requests.find((r) => r.id === id && r.status === 'open');
    if (!found) return false;
    Object.assign(found, { status: 'done', doneBy: by, doneAt: at, outcome });
    return true;
  }
}
