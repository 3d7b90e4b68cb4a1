import { maskPersonalData } from '../privacy/maskPersonalData';
import { concernOf, saysWhatTheyWant } from './caseConcern';
import type { HandoffCase, HandoffReason, HandoffSummary } from './handoffCase';
import { isTopical, withNote } from './handoffSummary';

const CITIZEN_SAID = 3;
const MAX_TITLE = 140;

/** What the citizen told, asked or showed while waiting for (or talking to) staff. */
export interface FoundWhileWaiting {
  /** A situation or a contact detail told ("ik heb schulden", "bel me op …"). */
  note?: string;
  /** A question asked of the assistant meanwhile ("hoeveel moet ik nog betalen?"). */
  asked?: string;
  /** The debtor identified by a lookup meanwhile (claims masked). */
  identified?: HandoffSummary['identified'];
  /** The subject asked about just before asking for a person (the case had only "human_agent"). */
  topic?: string;
}

/**
 * The case's summary with what was found while waiting: notes (masked), a question asked that
 * titles a case without one, the identified debtor; distress or no money in the citizen's words
 * turns a generic reason into that concern (and the case moves up). Undefined when nothing changes.
 */
export function summaryWhileWaiting(
  handoff: Pick<HandoffCase, 'summary' | 'reason'>,
  found: FoundWhileWaiting,
): { summary: HandoffSummary; reason: HandoffReason; priority: boolean } | undefined {
  const current = handoff.summary;
  let summary = found.note ? withNote(current, found.note) : current;
  if (found.asked && saysWhatTheyWant(found.asked)) {
    const asked = maskPersonalData(found.asked.trim());
    if (!summary.citizenSaid?.includes(asked))
      summary = {
        ...summary,
        citizenSaid: [...(summary.citizenSaid ?? []), asked].slice(-CITIZEN_SAID),
        title: summary.title ?? (asked.length > MAX_TITLE ? `${asked.slice(0, MAX_TITLE)}…` : asked),
      };
  }
  if (found.identified && !current.identified) summary = { ...summary, identified: found.identified };
  if (isTopical(found.topic) && !current.topic) summary = { ...summary, topic: found.topic };
  if (summary === current) return undefined;
  const concern = current.concern ?? concernOf([found.note, found.asked].filter((t): t is string => !!t));
  const generic = handoff.reason === 'citizen_request' || handoff.reason === 'misunderstood';
  const reason = concern && generic ? concern : handoff.reason;
  return {
    summary: { ...summary, reason, ...(concern ? { concern } : {}) },
    reason,
    priority: concern !== undefined,
  };
}
