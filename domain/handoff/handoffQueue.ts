import { maskPersonalData } from '../privacy/maskPersonalData';
import type { Clock } from '../ports/clock';
import type { HandoffOutbox, OutboxKind } from '../ports/handoffOutbox';
import type { HandoffStore } from '../ports/handoffStore';
import type { TranscriptEntry, TranscriptStore } from '../ports/transcriptStore';
import {
  HandoffConflictError,
  type HandoffCase,
  type HandoffReason,
  type HandoffSummary,
  type StaffIdentity,
} from './handoffCase';
import { nextHandoffStatus, type HandoffActor, type HandoffEvent } from './handoffStateMachine';
import { summaryWhileWaiting, type FoundWhileWaiting } from './summaryWhileWaiting';

export interface EnqueueRequest {
  conversationKey: string;
  reason: HandoffReason;
  locale: string;
  summary: HandoffSummary;
  reference: Record<string, unknown>;
  route?: HandoffCase['route'];
}

export class HandoffNotFoundError extends Error {
  constructor() {
    super('no handoff case for this conversation');
    this.name = 'HandoffNotFoundError';
  }
}

/**
 * The handoff use cases on top of the ports: queue, cancel, claim, relay an agent's message, hand
 * back, close. Every move goes through the state machine and is saved with the version it read, so
 * of two agents claiming one conversation exactly one wins (the other gets HandoffConflictError).
 */
export class HandoffQueue {
  constructor(
    private readonly store: HandoffStore,
    private readonly outbox: HandoffOutbox,
    private readonly transcript: TranscriptStore,
    private readonly clock: Clock,
  ) {}

  get(conversationKey: string): Promise<HandoffCase | undefined> {
    return this.store.get(conversationKey);
  }

  /** Queues the conversation (or returns it as it is when already queued or with an agent). */
  async enqueue(request: EnqueueRequest): Promise<HandoffCase> {
    const existing = await this.store.get(request.conversationKey);
    if (existing && (existing.status === 'queued' || existing.status === 'with_agent')) return existing;
    const status = nextHandoffStatus(existing?.status ?? 'bot', 'enqueue', { kind: 'assistant' });
    const now = this.clock.now();
    const queued: HandoffCase = {
      conversationKey: request.conversationKey,
      status,
      version: existing?.version ?? 0,
      // The summary's reason reads the citizen's words too (distress, cannot pay behind "a person please").
      reason: request.summary.reason ?? request.reason,
      locale: request.locale,
      summary: request.summary,
      reference: request.reference,
      route: request.route ?? 'console',
      queuedAt: now,
      updatedAt: now,
      ...(request.summary.concern ? { priority: true } : {}),
      // A colleague's note from an earlier handoff in this conversation is for whoever takes it next.
      ...(existing?.note ? { note: existing.note } : {}),
    };
    return this.store.save(queued, existing?.version ?? 0);
  }

  /**
   * The citizen changed language while waiting: the messages staff and the relay send them (taking
   * over, handing back, closing) are in the new one. Best effort: a case moved meanwhile keeps its own.
   */
  async changeLocale(conversationKey: string, locale: string): Promise<void> {
    const current = await this.store.get(conversationKey);
    if (
      !current ||
      current.locale === locale ||
      (current.status !== 'queued' && current.status !== 'with_agent')
    )
      return;
    try {
      await this.store.save({ ...current, locale, updatedAt: this.clock.now() }, current.version);
    } catch (err) {
      if (!(err instanceof HandoffConflictError)) throw err;
    }
  }

  /** Cases in these states, oldest queuedAt first (the queue order). */
  list(statuses: HandoffCase['status'][], limit = 100): Promise<HandoffCase[]> {
    return this.store.list(statuses, limit);
  }

  /** 1 for the first in line; undefined when the conversation is not queued. */
  async position(handoff: HandoffCase): Promise<number | undefined> {
    if (handoff.status !== 'queued' || !handoff.queuedAt) return undefined;
    return (await this.store.countQueuedBefore(handoff.queuedAt, Boolean(handoff.priority))) + 1;
  }

  /** Remembers the position the citizen was told, so the relay only tells them again when it improves. */
  recordToldPosition(conversationKey: string, from: number | undefined, to: number): Promise<boolean> {
    return this.store.setToldPosition(conversationKey, from, to);
  }

  async cancel(conversationKey: string): Promise<HandoffCase> {
    return this.move(conversationKey, 'cancel', { kind: 'citizen' }, () => ({}));
  }

  async claim(conversationKey: string, staff: StaffIdentity): Promise<HandoffCase> {
    const claimed = await this.move(conversationKey, 'claim', this.actor(staff), () => ({
      agent: staff,
      claimedAt: this.clock.now(),
      toldPosition: undefined,
    }));
    await this.notify(claimed, 'agent_joined', { vars: { name: staff.displayName } });
    return claimed;
  }

  /**
   * What the citizen said or showed while waiting or talking to staff (a situation, a contact detail,
   * a fine looked up): noted in the summary (masked); distress or no money moves the case up. Best
   * effort: a case changed meanwhile keeps its own summary.
   */
  async noteWhileWaiting(conversationKey: string, found: FoundWhileWaiting): Promise<void> {
    const current = await this.store.get(conversationKey);
    if (!current || (current.status !== 'queued' && current.status !== 'with_agent')) return;
    const changed = summaryWhileWaiting(current, found);
    if (!changed) return;
    const next: HandoffCase = {
      ...current,
      summary: changed.summary,
      reason: changed.reason,
      ...(changed.priority ? { priority: true } : {}),
      updatedAt: this.clock.now(),
    };
    try {
      await this.store.save(next, current.version);
    } catch (err) {
      if (!(err instanceof HandoffConflictError)) throw err;
    }
  }

  /** A staff message the citizen never received (the relay gave up): marked in the transcript for staff. */
  async noteUndelivered(conversationKey: string): Promise<void> {
    await this.system(conversationKey, 'undelivered');
  }

  /**
   * The citizen stops talking to staff ("stop", "laat maar"): the case goes back to the assistant
   * and the transcript tells the agent. Undefined when the case was not with an agent.
   */
  async citizenLeaves(conversationKey: string): Promise<HandoffCase | undefined> {
    const current = await this.store.get(conversationKey);
    if (current?.status !== 'with_agent') return undefined;
    const left = await this.move(conversationKey, 'citizen_leave', { kind: 'citizen' }, () => ({}));
    await this.system(conversationKey, 'citizen_left');
    return left;
  }

  /** The agent's message goes to the transcript (masked) and to the citizen (as typed); returns the stored entry. */
  async postAgentMessage(
    conversationKey: string,
    staff: StaffIdentity,
    text: string,
  ): Promise<TranscriptEntry> {
    const handoff = await this.require(conversationKey);
    if (
      handoff.status !== 'with_agent' ||
      (handoff.agent?.username !== staff.username && staff.role !== 'supervisor')
    ) {
      throw new HandoffConflictError(conversationKey);
    }
    const [stored] = await this.transcript.append(conversationKey, [
      { role: 'agent', text: maskPersonalData(text), at: this.clock.now(), author: staff.displayName },
    ]);
    // The citizen sees who wrote it ("Anna (CJIB): …").
    await this.notify(handoff, 'agent_message', { text, vars: { name: staff.displayName } });
    return stored;
  }

  async handBack(conversationKey: string, staff: StaffIdentity, note?: string): Promise<HandoffCase> {
    const masked = note?.trim() ? maskPersonalData(note.trim()) : undefined;
    const back = await this.move(conversationKey, 'hand_back', this.actor(staff), () => ({ note: masked }));
    await this.system(conversationKey, 'handed_back');
    // The note stays in the conversation's record for colleagues (the citizen never sees it).
    if (masked)
      await this.transcript.append(conversationKey, [
        { role: 'note', text: masked, at: this.clock.now(), author: staff.displayName },
      ]);
    // A message the citizen wrote to staff that nobody answered: the assistant asks for it again.
    const said = (await this.transcript.latest(conversationKey, 20)).filter(
      (e) => e.role === 'citizen' || e.role === 'agent',
    );
    const open = said.length > 0 && said[said.length - 1].role === 'citizen';
    await this.notify(back, 'handed_back', open ? { vars: { openQuestion: 1 } } : {});
    return back;
  }

  async close(conversationKey: string, staff: StaffIdentity): Promise<HandoffCase> {
    const closed = await this.move(conversationKey, 'close', this.actor(staff), () => ({
      closedAt: this.clock.now(),
    }));
    await this.system(conversationKey, 'closed');
    await this.notify(closed, 'closed');
    return closed;
  }

  /** An external contact centre's handoff.status: accepted, failed or completed. */
  async applyExternalStatus(conversationKey: string, state: string): Promise<HandoffCase | undefined> {
    const event: HandoffEvent | undefined =
      state === 'accepted'
        ? 'external_accepted'
        : state === 'failed'
          ? 'external_failed'
          : state === 'completed'
            ? 'external_completed'
            : undefined;
    if (!event) return undefined;
    return this.move(conversationKey, event, { kind: 'external' }, () => ({ route: 'external' as const }));
  }

  private actor(staff: StaffIdentity): HandoffActor {
    return { kind: 'staff', username: staff.username, role: staff.role };
  }

  private async require(conversationKey: string): Promise<HandoffCase> {
    const handoff = await this.store.get(conversationKey);
    if (!handoff) throw new HandoffNotFoundError();
    return handoff;
  }

  private async move(
    conversationKey: string,
    event: HandoffEvent,
    actor: HandoffActor,
    changes: (current: HandoffCase) => Partial<HandoffCase>,
  ): Promise<HandoffCase> {
    const current = await this.require(conversationKey);
    const status = nextHandoffStatus(current.status, event, actor, current.agent?.username);
    const next: HandoffCase = { ...current, ...changes(current), status, updatedAt: this.clock.now() };
    return this.store.save(next, current.version);
  }

  private async system(conversationKey: string, what: string): Promise<void> {
    await this.transcript.append(conversationKey, [{ role: 'system', text: what, at: this.clock.now() }]);
  }

  private async notify(
    handoff: HandoffCase,
    kind: OutboxKind,
    extra: { text?: string; vars?: Record<string, string | number> } = {},
  ): Promise<void> {
    await this.outbox.add({
      conversationKey: handoff.conversationKey,
      kind,
      ...extra,
      locale: handoff.locale,
      reference: handoff.reference,
      createdAt: this.clock.now(),
    });
  }
}
