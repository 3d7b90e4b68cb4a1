import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import { maskPersonalData } from '../domain/privacy/maskPersonalData';
import type { Clock } from '../domain/ports/clock';
import type { Logger } from '../domain/ports/logger';
import type { NewTranscriptEntry, TranscriptStore } from '../domain/ports/transcriptStore';

/** Set on a turn whose outgoing messages are already in the transcript (an agent's relayed message). */
export const TRANSCRIPT_RECORDED = Symbol('transcript.recorded');

function keyOf(activity: Partial<Activity>): string | undefined {
  const id = activity.conversation?.id;
  return id && activity.channelId ? conversationKeyOf(activity.channelId, id) : undefined;
}

/**
 * Records the transcript as middleware on the adapter: every citizen message on the way in and
 * every assistant message on the way out (context.onSendActivities), one document each, personal
 * numbers masked, written together when the turn ends. Staff read it in the console; it travels with handoff.initiate. A recording
 * failure is logged and never breaks the citizen's turn.
 */
export class TranscriptRecorder implements Middleware {
  constructor(
    private readonly store: TranscriptStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const key = keyOf(activity);
    if (!key) return next();
    // Collected during the turn and written once at its end: one counter update and one insert per turn.
    const entries: NewTranscriptEntry[] = [];
    if (activity.type === ActivityTypes.Message && activity.text?.trim()) {
      entries.push({ role: 'citizen', text: maskPersonalData(activity.text.trim()), at: this.clock.now() });
    }
    context.onSendActivities(async (ctx, activities, sendNext) => {
      if (!ctx.turnState.get(TRANSCRIPT_RECORDED)) {
        for (const a of activities) {
          if (a.type === ActivityTypes.Message && a.text)
            entries.push({ role: 'assistant', text: maskPersonalData(String(a.text)), at: this.clock.now() });
        }
      }
      return sendNext();
    });
    try {
      await next();
    } finally {
      await this.record(key, entries);
    }
  }

  private async record(key: string, entries: NewTranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      await this.store.append(key, entries);
    } catch (err) {
      this.logger.warn({ error: { name: (err as Error)?.name } }, 'transcript not recorded');
    }
  }
}
