import type { CloudAdapter } from 'botbuilder';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';
import { toLocale, type Locale } from '../domain/language/locale';
import type { Clock } from '../domain/ports/clock';
import type { HandoffOutbox, OutboxMessage } from '../domain/ports/handoffOutbox';
import type { Localizer } from '../domain/ports/localizer';
import type { Logger } from '../domain/ports/logger';
import type { RenderedActivity, ReplyRenderer } from '../domain/ports/replyRenderer';
import { TRANSCRIPT_RECORDED } from './transcriptRecorder';

export interface HandoffRelayOptions {
  /** The bot's app id ('' when anonymous) for the proactive path. */
  appId: string;
  intervalMs: number;
  /** A delivery that started longer ago than this is retried (its process died). */
  staleMs?: number;
  maxAttempts?: number;
}

const TEXT_KEYS: Record<OutboxMessage['kind'], string> = {
  agent_message: 'handoff:relay.agentMessage',
  agent_joined: 'handoff:relay.agentJoined',
  handed_back: 'handoff:relay.handedBack',
  closed: 'handoff:relay.closed',
  queue_position: 'handoff:queue.position',
  external_failed: 'handoff:relay.externalFailed',
};

/** Kinds whose loss staff must know about: the citizen did not get what staff sent or did. */
const MARKED_WHEN_LOST = new Set<OutboxMessage['kind']>([
  'agent_message',
  'agent_joined',
  'handed_back',
  'closed',
]);

/**
 * Delivers staff-side messages to citizens, in every process: it polls MongoDB (the embedded server
 * has no change streams), claims each pending message atomically so exactly one process sends it,
 * and sends it with the Bot Framework proactive path (continueConversationAsync with the reference
 * stored when the conversation was queued); the serviceUrl is HTTP, so any process can deliver. It
 * also tells queued citizens when their position improves (one process wins each announcement).
 * Deliveries run side by side, one conversation each (the outbox hands out one message per
 * conversation at a time, so each citizen reads them in order): an unreachable chat retrying never
 * holds up the messages to others. A message given up on is marked in the transcript for staff.
 */
export class HandoffRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  /** Deliveries and announcements under way, not awaited by the polling round. */
  private readonly inFlight = new Set<Promise<void>>();
  /** Outbox ids this process is delivering: one that hangs past staleMs is not started a second time here. */
  private readonly delivering = new Set<string>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly outbox: HandoffOutbox,
    private readonly queue: HandoffQueue,
    private readonly localizer: Localizer,
    private readonly renderer: ReplyRenderer,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: HandoffRelayOptions,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    await this.settled();
  }

  /** One polling round and the deliveries it started (tests and shutdown wait for them). */
  async tick(): Promise<void> {
    await this.poll();
    await this.settled();
  }

  /** Claims and starts deliveries; overlapping rounds are skipped, deliveries are not waited for. */
  private poll(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track(work: Promise<void>): void {
    const tracked = work.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  private async round(): Promise<void> {
    try {
      for (let i = 0; i < 50; i++) {
        const now = this.clock.now();
        const message = await this.outbox.claimNext(
          now,
          new Date(now.getTime() - (this.options.staleMs ?? 30000)),
        );
        if (!message) break;
        if (this.delivering.has(message.id)) continue;
        this.delivering.add(message.id);
        this.track(this.deliverClaimed(message).finally(() => this.delivering.delete(message.id)));
      }
      await this.announcePositions();
    } catch (err) {
      this.logger.warn({ error: { name: (err as Error)?.name } }, 'handoff relay round failed');
    }
  }

  private async deliverClaimed(message: OutboxMessage): Promise<void> {
    try {
      const locale = toLocale(message.locale) ?? 'nl';
      const vars = { ...message.vars, text: message.text ?? '' };
      const key =
        message.kind === 'handed_back' && message.vars?.openQuestion
          ? 'handoff:relay.handedBackOpen'
          : TEXT_KEYS[message.kind];
      await this.send(
        message.reference,
        { text: this.localizer.t(locale, key, vars) },
        locale,
        message.kind === 'agent_message',
      );
      await this.outbox.markDelivered(message.id);
    } catch (err) {
      const giveUp = message.attempts >= (this.options.maxAttempts ?? 5);
      this.logger.warn(
        {
          conversationKey: message.conversationKey,
          kind: message.kind,
          attempts: message.attempts,
          giveUp,
          error: { name: (err as Error)?.name },
        },
        'handoff message not delivered',
      );
      await this.outbox.release(message.id, giveUp).catch(() => undefined);
      if (giveUp && MARKED_WHEN_LOST.has(message.kind))
        await this.queue.noteUndelivered(message.conversationKey).catch(() => undefined);
    }
  }

  private async announcePositions(): Promise<void> {
    const queued = await this.queue.list(['queued'], 100);
    for (const [index, handoff] of queued.entries()) {
      const position = index + 1;
      if (handoff.toldPosition === undefined || position >= handoff.toldPosition) continue;
      if (!(await this.queue.recordToldPosition(handoff.conversationKey, handoff.toldPosition, position)))
        continue;
      const locale = toLocale(handoff.locale) ?? 'nl';
      // Each citizen's update on its own: one unreachable chat does not delay the others.
      this.track(
        this.send(
          handoff.reference,
          { text: this.localizer.t(locale, TEXT_KEYS.queue_position, { position }) },
          locale,
          false,
        ).catch((err) =>
          this.logger.warn(
            { conversationKey: handoff.conversationKey, error: { name: (err as Error)?.name } },
            'queue position not delivered',
          ),
        ),
      );
    }
  }

  /** Sends one message proactively; a failure is thrown to the caller, not to the adapter's turn error handler. */
  private async send(
    reference: Record<string, unknown>,
    reply: { text: string },
    locale: Locale,
    alreadyRecorded: boolean,
  ): Promise<void> {
    const channelId = String(reference.channelId ?? '');
    const activity: RenderedActivity = this.renderer.render(reply, {
      channelId,
      locale,
      speech: channelId === 'telephony',
    });
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.options.appId, reference, async (context) => {
      try {
        if (alreadyRecorded) context.turnState.set(TRANSCRIPT_RECORDED, true);
        await context.sendActivity(activity);
      } catch (err) {
        failure = err;
      }
    });
    if (failure) throw failure;
  }
}
