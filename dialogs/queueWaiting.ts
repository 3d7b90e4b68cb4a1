import type { TurnContext } from 'botbuilder';

/**
 * While the citizen waits in the queue for a person they may keep asking the assistant. An answer
 * then ends with where they stand and the way out of the queue (the handoff gate says it), not with
 * "did this answer help?": a poll would hide the queue's "Stop met wachten" and read "doei" or "nee"
 * as a rating.
 */
const WAITING = 'cjib.waitingInQueue';
const ANSWERED = 'cjib.answeredWhileWaiting';

/** Marks this turn as one of a citizen waiting in the queue (set by the handoff gate). */
export function markWaitingInQueue(context: TurnContext): void {
  context.turnState.set(WAITING, true);
}

/** Whether the citizen is waiting in the queue this turn. */
export function isWaitingInQueue(context: TurnContext): boolean {
  return context.turnState.get(WAITING) === true;
}

/** A knowledge answer was given while waiting: the place in the queue is said after it. */
export function noteAnsweredWhileWaiting(context: TurnContext): void {
  context.turnState.set(ANSWERED, true);
}

export function answeredWhileWaiting(context: TurnContext): boolean {
  return context.turnState.get(ANSWERED) === true;
}
