import { EventEmitter } from 'node:events';
import type { Clock } from '../../../domain/ports/clock';
import type { Logger } from '../../../domain/ports/logger';
import {
  activityForBot,
  BOT_ACCOUNT,
  botActivityForClient,
  echoForClient,
  type ConversationAddress,
} from './directLineActivity';
import type {
  ActivityJson,
  DirectLineConversationRecord,
  DirectLineStore,
  StoredActivity,
} from './directLineStore';
import { randomId } from './directLineTokens';

/** An activity group as Direct Line 3.0 returns it (GET …/activities and every stream message). */
export interface ActivitySet {
  activities: ActivityJson[];
  watermark: string;
}

export interface DirectLineConversationsOptions {
  store: DirectLineStore;
  clock: Clock;
  logger: Logger;
  /** Runs the bot's turn for one activity, in-process; resolves when the turn is done. */
  runBot: (activity: ActivityJson) => Promise<void>;
  /** The serviceUrl the bot replies to for a conversation (the server's own Bot Connector endpoint). */
  serviceUrlFor: (conversationId: string) => string;
  /** How long a conversation is kept after its last activity. */
  retentionMs: number;
  /** A POST waits this long for the bot's turn before answering (the turn goes on regardless). */
  botWaitMs?: number;
}

/** A sequence number missing for this long was never written (its writer died): skip it. */
const GAP_GRACE_MS = 3000;
const PAGE_SIZE = 100;

export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

export function parseWatermark(raw: unknown): number {
  const n = Number.parseInt(String(raw ?? ''), 10);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/**
 * The conversations of the self-hosted Direct Line: start, the citizen's activities (stored, echoed
 * and handed to the bot), the bot's replies and staff messages (`appendBotActivity`), and reading
 * them back by watermark. Everything lives in the store, so any instance serves any conversation;
 * `changes` tells this instance's streams that something was appended here.
 */
export class DirectLineConversations {
  /** Emits the conversation id whenever this instance appended an activity to it. */
  readonly changes = new EventEmitter();

  constructor(private readonly options: DirectLineConversationsOptions) {
    this.changes.setMaxListeners(0);
  }

  get store(): DirectLineStore {
    return this.options.store;
  }

  newConversationId(): string {
    return randomId(18);
  }

  newUserId(): string {
    // Direct Line reserves "dl_" for user ids embedded in a token (they cannot be forged).
    return `dl_${randomId(12)}`;
  }

  async get(conversationId: string): Promise<DirectLineConversationRecord | undefined> {
    return this.options.store.getConversation(conversationId);
  }

  /**
   * Starts a conversation once: the bot hears the conversationUpdate (and welcomes the citizen)
   * only when it was created now. Safe to call again for the same id (a page reload).
   */
  async start(address: ConversationAddress, locale?: string): Promise<{ created: boolean }> {
    const now = this.options.clock.now();
    const created = await this.options.store.createConversation({
      id: address.conversationId,
      channelId: address.channelId,
      userId: address.userId,
      locale,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.options.retentionMs),
    });
    if (created) {
      const update: ActivityJson = {
        type: 'conversationUpdate',
        id: randomId(9),
        channelId: address.channelId,
        serviceUrl: this.options.serviceUrlFor(address.conversationId),
        timestamp: now.toISOString(),
        conversation: { id: address.conversationId },
        from: { id: address.userId, role: 'user' },
        recipient: { ...BOT_ACCOUNT },
        membersAdded: [{ ...BOT_ACCOUNT }, { id: address.userId, role: 'user' }],
        ...(locale ? { locale } : {}),
      };
      await this.runBot(update);
    }
    return { created };
  }

  /**
   * A citizen's activity: stored and echoed into the conversation, then handed to the bot. Answers
   * with the activity id once the bot's turn is done (or after botWaitMs).
   */
  async postFromClient(address: ConversationAddress, posted: ActivityJson): Promise<{ id: string }> {
    // A typing indicator is neither part of the transcript nor anything the assistant acts on.
    if (posted.type === 'typing') return { id: '' };
    const now = this.options.clock.now();
    let forBot: ActivityJson | undefined;
    const stored = await this.append(address.conversationId, (seq) => {
      forBot = activityForBot(
        posted,
        address,
        activityId(address.conversationId, seq),
        this.options.serviceUrlFor(address.conversationId),
        now,
      );
      return echoForClient(forBot);
    });
    const id = activityId(address.conversationId, stored.seq);
    if (forBot) await this.runBot(forBot);
    return { id };
  }

  /**
   * An activity from the bot or from a member of staff, delivered to the citizen. This is what the
   * Bot Connector endpoint calls for every reply; the handoff feature calls it for agent messages.
   */
  async appendBotActivity(conversationId: string, activity: ActivityJson): Promise<{ id: string }> {
    const conversation = await this.options.store.getConversation(conversationId);
    if (!conversation) throw new ConversationNotFoundError();
    const address = { conversationId, channelId: conversation.channelId, userId: conversation.userId };
    const now = this.options.clock.now();
    const stored = await this.append(conversationId, (seq) =>
      botActivityForClient(activity, address, activityId(conversationId, seq), now),
    );
    return { id: activityId(conversationId, stored.seq) };
  }

  /**
   * The activities after a watermark, in order. Stops before a sequence number that another
   * instance has taken but not yet written, so no client ever skips an activity.
   */
  async activitiesAfter(conversationId: string, watermark: number): Promise<ActivitySet> {
    const docs = await this.options.store.listAfter(conversationId, watermark, PAGE_SIZE);
    const now = this.options.clock.now().getTime();
    const activities: ActivityJson[] = [];
    let last = watermark;
    for (const doc of docs) {
      if (doc.seq !== last + 1 && now - doc.storedAt.getTime() < GAP_GRACE_MS) break;
      activities.push(doc.activity);
      last = doc.seq;
    }
    return { activities, watermark: String(last) };
  }

  async sweep(): Promise<number> {
    return this.options.store.deleteExpired(this.options.clock.now());
  }

  private async append(
    conversationId: string,
    build: (seq: number) => ActivityJson,
  ): Promise<StoredActivity> {
    const now = this.options.clock.now();
    const stored = await this.options.store.append(
      conversationId,
      build,
      now,
      new Date(now.getTime() + this.options.retentionMs),
    );
    this.changes.emit('append', conversationId);
    return stored;
  }

  private async runBot(activity: ActivityJson): Promise<void> {
    const conversationId = (activity.conversation as { id?: string } | undefined)?.id;
    const turn = this.options.runBot(activity).catch((err: unknown) => {
      this.options.logger.error(
        { conversationId, error: { name: (err as Error)?.name } },
        'direct line: bot turn failed',
      );
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.botWaitMs ?? 15000);
      timer.unref();
    });
    await Promise.race([turn, timeout]);
    clearTimeout(timer);
  }
}

export class ConversationNotFoundError extends Error {
  constructor() {
    super('conversation not found');
    this.name = 'ConversationNotFoundError';
  }
}
