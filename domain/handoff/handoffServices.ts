import type { OfficeHours } from '../officeHours';
import type { CallbackStore } from '../ports/callbackStore';
import type { TranscriptStore } from '../ports/transcriptStore';
import type { HandoffQueue } from './handoffQueue';

/** What the handoff and callback dialogs need, built once by the composition root. */
export interface HandoffServices {
  queue: HandoffQueue;
  transcript: TranscriptStore;
  callbacks: CallbackStore;
  officeHours: OfficeHours;
  /** Who takes the queued conversations: our console, or an external contact centre (handoff.initiate). */
  route: 'console' | 'external';
}

/** The key of a conversation across the handoff collections: channel and conversation id. */
export function conversationKeyOf(channelId: string, conversationId: string): string {
  return `${channelId}/${conversationId}`;
}
