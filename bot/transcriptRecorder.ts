import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import { maskAssistantText, maskPersonalData } from '../domain/privacy/maskPersonalData';
import type { Clock } from '../domain/ports/clock';
import type { Logger } from '../domain/ports/logger';
import type { NewTranscriptEntry, TranscriptStore } from '../domain/ports/transcriptStore';
import { attachmentText } from './attachmentText';
import { LIVE_FOR_STAFF, type LiveTranscript } from './liveTranscript';

/** Set on a turn whose outgoing messages are already in the transcript (an agent's relayed message). */
export const TRANSCRIPT_RECORDED = Symbol('transcript.recorded');

function keyOf(activity: Partial<Activity>): string | undefined {
  const id = activity.conversation?.id;
  return id && activity.channelId ? conversationKeyOf(activity.channelId, id) : undefined;
}

/** A sent message as staff read it: its text and the words of its cards (a fine looked up). */
function sentText(activity: Partial<Activity>): string {
  return [String(activity.text ?? ''), attachmentText(activity.attachments)]
    .filter((t) => t.trim())
    .join('\n');
}

/**
 * Records the transcript as middleware on the adapter: every citizen message on the way in and
 * every assistant message on the way out (context.onSendActivities) once it was sent (a failed
 * proactive delivery retried five times is one message), one document each, personal numbers
 * masked, written together when the turn ends. Staff read it in the console; it travels with
 * handoff.initiate. In a conversation with staff (LIVE_FOR_STAFF) the citizen's words as typed are
 * also kept in process memory for the claiming agent (`live`), never stored. A recording failure is
 * logged and never breaks the citizen's turn.
 */
export class TranscriptRecorder implements Middleware {
  constructor(
    private readonly store: TranscriptStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly live?: LiveTranscript,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const key = keyOf(activity);
    if (!key) return next();
    // Collected during the turn and written once at its end: one counter update and one insert per turn.
    const entries: NewTranscriptEntry[] = [];
    /** The citizen's words as typed, beside the masked entry (index 0 when there is one). */
    let typed: string | undefined;
    if (activity.type === ActivityTypes.Message && activity.text?.trim()) {
      typed = activity.text.trim();
      entries.push({ role: 'citizen', text: maskPersonalData(typed), at: this.clock.now() });
    }
    context.onSendActivities(async (ctx, activities, sendNext) => {
      const responses = await sendNext();
      if (!ctx.turnState.get(TRANSCRIPT_RECORDED)) {
        for (const a of activities) {
          const said = a.type === ActivityTypes.Message ? sentText(a) : '';
          if (said) entries.push({ role: 'assistant', text: maskAssistantText(said), at: this.clock.now() });
        }
      }
      return responses;
    });
    try {
      await next();
    } finally {
      const live = context.turnState.get(LIVE_FOR_STAFF) === true ? typed : undefined;
      await this.record(key, entries, live);
    }
  }

  private async record(key: string, entries: NewTranscriptEntry[], typed?: string): Promise<void> {
    if (entries.length === 0) return;
    try {
      const stored = await this.store.append(key, entries);
      if (typed !== undefined && stored[0]?.role === 'citizen') this.live?.remember(key, stored[0], typed);
    } catch (err) {
      this.logger.warn({ error: { name: (err as Error)?.name } }, 'transcript not recorded');
    }
  }
}
