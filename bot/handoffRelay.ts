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

/**
 * Delivers staff-side messages to citizens, in every process: it polls MongoDB (the embedded server
 * has no change streams), claims each pending message atomically so exactly one process sends it,
 * and sends it with the Bot Framework proactive path (continueConversationAsync with the reference
 * stored when the conversation was queued); the serviceUrl is HTTP, so any process can deliver. It
 * also tells queued citizens when their position improves (one process wins each announcement).
 */
export class HandoffRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

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
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One polling round; overlapping rounds are skipped. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
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
        await this.deliverClaimed(message);
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
      await this.send(
        message.reference,
        { text: this.localizer.t(locale, TEXT_KEYS[message.kind], vars) },
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
      await this.outbox.release(message.id, giveUp);
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
      await this.send(
        handoff.reference,
        { text: this.localizer.t(locale, TEXT_KEYS.queue_position, { position }) },
        locale,
        false,
      ).catch((err) =>
        this.logger.warn(
          { conversationKey: handoff.conversationKey, error: { name: (err as Error)?.name } },
          'queue position not delivered',
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
