import { maskCjibNumber, maskPersonalData } from '../privacy/maskPersonalData';
import type { TranscriptEntry } from '../ports/transcriptStore';
import type { HandoffReason, HandoffSummary } from './handoffCase';

const ASSISTANT_SAID = 3;
const LAST_MESSAGES = 8;
const MAX_TEXT = 500;

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

function clip(text: string): string {
  const masked = maskPersonalData(text);
  return masked.length > MAX_TEXT ? `${masked.slice(0, MAX_TEXT)}…` : masked;
}

/** What staff see first: language, reason, intent, the identified debtor's claims (masked), recent messages. */
export function buildHandoffSummary(input: SummaryInput): HandoffSummary {
  const conversation = input.recent.filter((e) => e.role !== 'system');
  return {
    locale: input.locale,
    channelId: input.channelId,
    reason: input.reason,
    intent: input.intent,
    identified: input.identified
      ? { debtorId: input.identified.debtorId, cjibNumbers: input.identified.cjibNumbers.map(maskCjibNumber) }
      : undefined,
    assistantSaid: conversation
      .filter((e) => e.role === 'assistant')
      .slice(-ASSISTANT_SAID)
      .map((e) => clip(e.text)),
    lastMessages: conversation.slice(-LAST_MESSAGES).map((e) => ({ role: e.role, text: clip(e.text) })),
    // Staff start from what the citizen can pay, not from the standard amount they could not.
    ...(input.ownMonthlyCents !== undefined ? { ownMonthlyCents: input.ownMonthlyCents } : {}),
    ...(input.writtenLanguage !== undefined ? { writtenLanguage: input.writtenLanguage } : {}),
  };
}
