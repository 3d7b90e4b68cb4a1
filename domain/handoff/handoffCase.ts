import type { CaseConcern } from './caseConcern';

/** One conversation's handoff to staff: its state, why, what staff need to know, and who owns it. */

export type HandoffStatus = 'bot' | 'queued' | 'with_agent' | 'closed';

/** Why a person was asked for; shown to staff and used for reporting. */
export type HandoffReason =
  | 'citizen_request'
  | 'misunderstood'
  | 'cannot_pay'
  | 'distress'
  | 'personal_arrangement'
  | 'broken_arrangement'
  /** A request filed in this conversation that the citizen wants changed (only staff can). */
  | 'change_request';

export const HANDOFF_REASONS: readonly HandoffReason[] = [
  'citizen_request',
  'misunderstood',
  'cannot_pay',
  'distress',
  'personal_arrangement',
  'broken_arrangement',
  'change_request',
];

export function isHandoffReason(value: unknown): value is HandoffReason {
  return typeof value === 'string' && (HANDOFF_REASONS as readonly string[]).includes(value);
}

export type StaffRole = 'agent' | 'supervisor';

export interface StaffIdentity {
  username: string;
  displayName: string;
  role: StaffRole;
}

/** What the assistant knows when it queues a conversation; personal numbers already masked. */
export interface HandoffSummary {
  locale: string;
  channelId: string;
  reason: HandoffReason;
  /** The last intent the assistant acted on. */
  intent?: string;
  identified?: { debtorId: string; cjibNumbers: string[] };
  /** The assistant's last replies, newest last. */
  assistantSaid: string[];
  /** The last messages of the conversation, newest last. */
  lastMessages: { role: string; text: string }[];
  /** The monthly amount the citizen said they can pay ("ik kan maar 20 euro per maand"), in cents. */
  ownMonthlyCents?: number;
  /** A language not spoken here that the citizen wrote in (ISO 639-1, "tr"): staff may need an interpreter. */
  writtenLanguage?: string;
  /** The citizen's own words (masked) that say what they want: the case's title in the console. */
  title?: string;
  /** The citizen's messages that say something (masked), newest last: the first lines staff read. */
  citizenSaid?: string[];
  /** The intent of the question asked, when it names a subject (not "a person", "hello" or "not understood"). */
  topic?: string;
  /** Distress or cannot pay, read from the citizen's words: marked in the console and moved up the queue. */
  concern?: CaseConcern;
  /** What the citizen said or did while waiting (masked): a situation, a contact detail, a fine looked up. */
  notes?: string[];
}

export interface HandoffCase {
  /** `${channelId}/${conversationId}`: one case per conversation, reused by a later handoff. */
  conversationKey: string;
  status: HandoffStatus;
  /** Optimistic concurrency: every save must name the version it read. */
  version: number;
  reason: HandoffReason;
  locale: string;
  summary: HandoffSummary;
  /** The Bot Framework conversation reference, kept opaque, for proactive messages to the citizen. */
  reference: Record<string, unknown>;
  /** `console` (our staff) or `external` (a contact centre answered handoff.initiate). */
  route: 'console' | 'external';
  queuedAt?: Date;
  claimedAt?: Date;
  agent?: StaffIdentity;
  /** The agent's note when handing back to the assistant. */
  note?: string;
  closedAt?: Date;
  updatedAt: Date;
  /** The queue position the citizen was last told. */
  toldPosition?: number;
  /** Served before the cases without it (a citizen in distress or who cannot pay); then by queuedAt. */
  priority?: boolean;
}

export class HandoffConflictError extends Error {
  constructor(public readonly conversationKey: string) {
    super('the handoff case was changed by someone else');
    this.name = 'HandoffConflictError';
  }
}
