import type { TurnContext } from 'botbuilder';

/**
 * botbuilder-dialogs raises an `activityReceived` event at the start of every message turn: from the
 * innermost dialog it bubbles up through every parent, each level with a new dialog context and, at a
 * prompt, a recognition of the message that the prompt then does again. Only adaptive dialogs and
 * prompts other than TextPrompt act on it. This assistant's dialogs are waterfalls, component dialogs
 * and TextPrompts, none of which does (test/architecture/dialogEvents.test.ts keeps it so), so the bot
 * marks the event as raised before the turn runs its dialogs.
 *
 * The library marks it in turn state under a private symbol; the marker is learnt from the first
 * turn that raised the event, and until then the event is raised as usual.
 */
let raisedMarker: symbol | undefined;

/** Before the dialogs run: the event counts as raised (once the marker is known). */
export function skipActivityReceivedEvent(context: TurnContext): void {
  if (raisedMarker) context.turnState.set(raisedMarker, true);
}

/** After the dialogs ran: learns the library's marker from the turn state, once. */
export function learnActivityReceivedMarker(context: TurnContext): void {
  if (raisedMarker) return;
  for (const key of context.turnState.keys())
    if (typeof key === 'symbol' && key.description === 'ActivityReceivedEmitted') raisedMarker = key;
}

/** Whether the marker is known (for the test that notices a library upgrade renaming it). */
export function activityReceivedMarkerKnown(): boolean {
  return raisedMarker !== undefined;
}
