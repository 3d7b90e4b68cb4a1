import type { HandoffStatus, StaffRole } from './handoffCase';

/**
 * The handoff state machine: bot → queued → with_agent → bot | closed, and who may move it.
 * The assistant queues; the citizen cancels while queued; staff claim, hand back and close; an
 * external contact centre moves the case with handoff.status events.
 */
export type HandoffEvent =
  | 'enqueue'
  | 'cancel'
  | 'citizen_leave'
  | 'claim'
  | 'hand_back'
  | 'close'
  | 'external_accepted'
  | 'external_failed'
  | 'external_completed';

export type HandoffActor =
  | { kind: 'assistant' }
  | { kind: 'citizen' }
  | { kind: 'external' }
  | { kind: 'staff'; username: string; role: StaffRole };

interface Transition {
  from: HandoffStatus[];
  to: HandoffStatus;
  by: HandoffActor['kind'];
  /** Staff only: must the actor own the case (supervisors may act on any case)? */
  ownerOnly?: boolean;
}

const TRANSITIONS: Record<HandoffEvent, Transition> = {
  enqueue: { from: ['bot', 'closed'], to: 'queued', by: 'assistant' },
  cancel: { from: ['queued'], to: 'bot', by: 'citizen' },
  /** The citizen stops the chat with staff: the assistant is back. */
  citizen_leave: { from: ['with_agent'], to: 'bot', by: 'citizen' },
  claim: { from: ['queued'], to: 'with_agent', by: 'staff' },
  hand_back: { from: ['with_agent'], to: 'bot', by: 'staff', ownerOnly: true },
  close: { from: ['queued', 'with_agent'], to: 'closed', by: 'staff', ownerOnly: true },
  external_accepted: { from: ['queued'], to: 'with_agent', by: 'external' },
  external_failed: { from: ['queued'], to: 'bot', by: 'external' },
  external_completed: { from: ['with_agent', 'queued'], to: 'bot', by: 'external' },
};

export class HandoffTransitionError extends Error {
  constructor(
    public readonly event: HandoffEvent,
    public readonly from: HandoffStatus,
    public readonly why: 'state' | 'actor' | 'owner',
  ) {
    super(`handoff: ${event} not allowed from ${from} (${why})`);
    this.name = 'HandoffTransitionError';
  }
}

/** The status after `event`, or a HandoffTransitionError saying why the move is not allowed. */
export function nextHandoffStatus(
  from: HandoffStatus,
  event: HandoffEvent,
  actor: HandoffActor,
  owner?: string,
): HandoffStatus {
  const rule = TRANSITIONS[event];
  if (!rule.from.includes(from)) throw new HandoffTransitionError(event, from, 'state');
  if (rule.by !== actor.kind) throw new HandoffTransitionError(event, from, 'actor');
  if (
    actor.kind === 'staff' &&
    rule.ownerOnly &&
    from === 'with_agent' &&
    actor.role !== 'supervisor' &&
    owner !== actor.username
  ) {
    throw new HandoffTransitionError(event, from, 'owner');
  }
  return rule.to;
}

export function canTransition(
  from: HandoffStatus,
  event: HandoffEvent,
  actor: HandoffActor,
  owner?: string,
): boolean {
  try {
    nextHandoffStatus(from, event, actor, owner);
    return true;
  } catch {
    return false;
  }
}
