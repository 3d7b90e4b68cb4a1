import type { HandoffReason, HandoffSummary } from '../handoff/handoffCase';

/** Outside office hours a citizen may leave a phone number to be called back; staff work the list. */
export type PartOfDay = 'morning' | 'afternoon';

export const PARTS_OF_DAY: readonly PartOfDay[] = ['morning', 'afternoon'];

export interface CallbackRequest {
  id: string;
  conversationKey: string;
  /** The number to call: stored for staff, never logged. */
  phone: string;
  partOfDay: PartOfDay;
  locale: string;
  reason: HandoffReason;
  summary: HandoffSummary;
  createdAt: Date;
  status: 'open' | 'done';
  doneBy?: string;
  doneAt?: Date;
  /** How the call went: the citizen was reached, or could not be reached (no answer, wrong number). */
  outcome?: CallbackOutcome;
}

export type CallbackOutcome = 'reached' | 'unreachable';

export function isCallbackOutcome(value: unknown): value is CallbackOutcome {
  return value === 'reached' || value === 'unreachable';
}

export type NewCallbackRequest = Omit<CallbackRequest, 'id' | 'status' | 'doneBy' | 'doneAt' | 'outcome'>;

export interface CallbackStore {
  add(request: NewCallbackRequest): Promise<CallbackRequest>;
  /** Open requests, oldest first. */
  listOpen(limit: number): Promise<CallbackRequest[]>;
  /** Marks a request done with how the call went (default reached); false when it was not open. */
  markDone(id: string, by: string, at: Date, outcome?: CallbackOutcome): Promise<boolean>;
}
