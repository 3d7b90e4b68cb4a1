import { maskCjibNumber, maskPersonalData } from '../privacy/maskPersonalData';
import type { TranscriptEntry } from '../ports/transcriptStore';
import { concernOf, saysWhatTheyWant } from './caseConcern';
import type { HandoffReason, HandoffSummary } from './handoffCase';

const ASSISTANT_SAID = 3;
const CITIZEN_SAID = 3;
const LAST_MESSAGES = 8;
const MAX_TEXT = 500;
const MAX_TITLE = 140;

/** Intents that name no subject: the citizen's own words say more than "human_agent" or "none". */
const NO_TOPIC = new Set([
  'greeting',
  'goodbye',
  'thanks',
  'help',
  'human_agent',
  'change_language',
  'cancel',
  'none',
]);

/** Whether an intent names a subject staff can read as the topic ("reminder_increase", not "human_agent"). */
export function isTopical(intent: string | undefined): intent is string {
  return intent !== undefined && !NO_TOPIC.has(intent);
}

export interface SummaryInput {
  locale: string;
  channelId: string;
  reason: HandoffReason;
  intent?: string;
  identified?: { debtorId: string; cjibNumbers: string[] };
  /** The latest transcript entries, oldest first. */
  recent: TranscriptEntry[];
  /** The monthly amount the citizen said they can pay, below the standard one (for a personal arrangement). */
  ownMonthlyCents?: number;
  /** A language not spoken here that the citizen wrote in (ISO 639-1). */
  writtenLanguage?: string;
}

function clip(text: string, max = MAX_TEXT, masked = maskPersonalData(text)): string {
  return masked.length > max ? `${masked.slice(0, max)}…` : masked;
}

/** Clips of one summary: a message shown in two places (said last and among the last messages) is masked once. */
function clipper(): (text: string, max?: number) => string {
  const masked = new Map<string, string>();
  return (text, max = MAX_TEXT) => {
    let m = masked.get(text);
    if (m === undefined) masked.set(text, (m = maskPersonalData(text)));
    return clip(text, max, m);
  };
}

/** A generic reason ("asked for a person", "not understood") gives way to what the citizen's words show. */
function reasonFrom(reason: HandoffReason, concern: ReturnType<typeof concernOf>): HandoffReason {
  if (!concern || (reason !== 'citizen_request' && reason !== 'misunderstood')) return reason;
  return concern;
}

/**
 * What staff see first: the citizen's own words (masked) as the title, the topic, a concern (distress,
 * cannot pay), language and channel, the identified debtor's claims (masked), and recent messages.
 * The welcome is left out of what the assistant said: it is said to everyone, before any question.
 */
export function buildHandoffSummary(input: SummaryInput): HandoffSummary {
  const conversation = input.recent.filter((e) => e.role !== 'system' && e.role !== 'note');
  const firstCitizen = conversation.findIndex((e) => e.role === 'citizen');
  const citizenTexts = conversation.filter((e) => e.role === 'citizen').map((e) => e.text);
  const clipOnce = clipper();
  const telling = citizenTexts.filter(saysWhatTheyWant).map((t) => clipOnce(t));
  const concern = concernOf(citizenTexts);
  return {
    locale: input.locale,
    channelId: input.channelId,
    reason: reasonFrom(input.reason, concern),
    intent: input.intent,
    identified: input.identified
      ? { debtorId: input.identified.debtorId, cjibNumbers: input.identified.cjibNumbers.map(maskCjibNumber) }
      : undefined,
    assistantSaid: (firstCitizen < 0 ? [] : conversation.slice(firstCitizen))
      .filter((e) => e.role === 'assistant')
      .slice(-ASSISTANT_SAID)
      .map((e) => clipOnce(e.text)),
    lastMessages: conversation.slice(-LAST_MESSAGES).map((e) => ({ role: e.role, text: clipOnce(e.text) })),
    // Staff start from what the citizen can pay, not from the standard amount they could not.
    ...(input.ownMonthlyCents !== undefined ? { ownMonthlyCents: input.ownMonthlyCents } : {}),
    ...(input.writtenLanguage !== undefined ? { writtenLanguage: input.writtenLanguage } : {}),
    ...(telling.length > 0
      ? { title: clipOnce(telling[telling.length - 1], MAX_TITLE), citizenSaid: telling.slice(-CITIZEN_SAID) }
      : {}),
    ...(isTopical(input.intent) ? { topic: input.intent } : {}),
    ...(concern ? { concern } : {}),
  };
}

/** A fact noted while the citizen waits, masked and clipped; the newest few are kept. */
export function withNote(summary: HandoffSummary, note: string, keep = 5): HandoffSummary {
  const masked = clip(note.trim(), 300);
  if (!masked || summary.notes?.includes(masked)) return summary;
  return { ...summary, notes: [...(summary.notes ?? []), masked].slice(-keep) };
}
