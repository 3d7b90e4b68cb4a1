import type { HandoffCase, StaffIdentity } from '../domain/handoff/handoffCase';
import type { CallbackRequest } from '../domain/ports/callbackStore';
import type { TranscriptEntry } from '../domain/ports/transcriptStore';

/** Case ids in console URLs: the conversation key, base64url-encoded (keys hold slashes). */
export function caseId(conversationKey: string): string {
  return Buffer.from(conversationKey, 'utf8').toString('base64url');
}

export function conversationKeyFromId(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length === 0 || id.length > 400 || !/^[A-Za-z0-9_-]+$/.test(id))
    return undefined;
  return Buffer.from(id, 'base64url').toString('utf8');
}

const seconds = (from: Date | undefined, now: Date): number =>
  from ? Math.max(0, Math.round((now.getTime() - from.getTime()) / 1000)) : 0;

/** One row of the live queue: what staff need to pick a conversation (no personal numbers). */
export function queueRow(handoff: HandoffCase, now: Date, position?: number) {
  return {
    id: caseId(handoff.conversationKey),
    status: handoff.status,
    reason: handoff.reason,
    locale: handoff.locale,
    channelId: handoff.summary.channelId,
    intent: handoff.summary.intent ?? null,
    /** The citizen's own words (masked), the topic and a concern: what staff pick a case by. */
    title: handoff.summary.title ?? null,
    topic: handoff.summary.topic ?? null,
    concern: handoff.summary.concern ?? null,
    priority: handoff.priority === true,
    identified: Boolean(handoff.summary.identified),
    position: position ?? null,
    queuedAt: handoff.queuedAt?.toISOString() ?? null,
    waitingSeconds:
      handoff.status === 'queued'
        ? seconds(handoff.queuedAt, now)
        : seconds(handoff.queuedAt, handoff.claimedAt ?? now),
    agent: handoff.agent
      ? { username: handoff.agent.username, displayName: handoff.agent.displayName }
      : null,
    version: handoff.version,
  };
}

/** The case as the console's detail pane shows it: the row plus summary and hand-back note. */
export function caseDetail(handoff: HandoffCase, now: Date) {
  return {
    ...queueRow(handoff, now),
    summary: handoff.summary,
    note: handoff.note ?? null,
    route: handoff.route,
  };
}

/** Whether this staff member claimed the case and it is with them now (only they see the words as typed). */
export function claimedBy(handoff: HandoffCase, staff: Pick<StaffIdentity, 'username'>): boolean {
  return handoff.status === 'with_agent' && handoff.agent?.username === staff.username;
}

export function transcriptRow(entry: TranscriptEntry) {
  return {
    seq: entry.seq,
    role: entry.role,
    text: entry.text,
    at: entry.at.toISOString(),
    author: entry.author ?? null,
  };
}

export function callbackRow(request: CallbackRequest, now: Date) {
  return {
    id: request.id,
    /** Opens the conversation's transcript (GET /console/api/conversations/:id/transcript). */
    conversationId: caseId(request.conversationKey),
    channelId: request.summary.channelId,
    /** What the citizen wanted, in their own words (masked), and the topic. */
    title: request.summary.title ?? null,
    topic: request.summary.topic ?? null,
    concern: request.summary.concern ?? null,
    phone: request.phone,
    partOfDay: request.partOfDay,
    locale: request.locale,
    // The summary's reason reads the citizen's words too (cannot pay behind "a person please").
    reason: request.summary.reason ?? request.reason,
    summary: request.summary,
    createdAt: request.createdAt.toISOString(),
    waitingSeconds: seconds(request.createdAt, now),
  };
}

/** The supervisor's figures: queue length, waiting times, who is helping how many citizens. */
export function queueStats(cases: HandoffCase[], openCallbacks: number, now: Date) {
  const queued = cases.filter((c) => c.status === 'queued');
  const waits = queued.map((c) => seconds(c.queuedAt, now));
  const agents = new Map<string, { displayName: string; conversations: number }>();
  for (const c of cases.filter((x) => x.status === 'with_agent' && x.agent)) {
    const current = agents.get(c.agent!.username) ?? { displayName: c.agent!.displayName, conversations: 0 };
    current.conversations += 1;
    agents.set(c.agent!.username, current);
  }
  return {
    queued: queued.length,
    withAgent: cases.filter((c) => c.status === 'with_agent').length,
    longestWaitSeconds: waits.length ? Math.max(...waits) : 0,
    averageWaitSeconds: waits.length ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length) : 0,
    openCallbacks,
    agents: [...agents.values()],
  };
}
