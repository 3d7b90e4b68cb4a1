import type { CloudAdapter, ConversationState } from 'botbuilder';
import type { Db } from 'mongodb';
import type restify from 'restify';
import { MemoryCallbackStore } from '../adapters/storage/memoryCallbackStore';
import { MemoryHandoffOutbox } from '../adapters/storage/memoryHandoffOutbox';
import { MemoryHandoffStore } from '../adapters/storage/memoryHandoffStore';
import { MemoryStaffAccounts, MemoryStaffSessions } from '../adapters/storage/memoryStaffAccounts';
import { MemoryTranscriptStore } from '../adapters/storage/memoryTranscriptStore';
import { MongoCallbackStore } from '../adapters/storage/mongoCallbackStore';
import { MongoHandoffOutbox } from '../adapters/storage/mongoHandoffOutbox';
import { MongoHandoffStore } from '../adapters/storage/mongoHandoffStore';
import { MongoStaffAccounts, MongoStaffSessions } from '../adapters/storage/mongoStaffAccounts';
import { MongoTranscriptStore } from '../adapters/storage/mongoTranscriptStore';
import { retentionDaysOf } from '../adapters/storage/retentionRules';
import { HandoffQueue } from '../domain/handoff/handoffQueue';
import type { HandoffServices } from '../domain/handoff/handoffServices';
import type { Clock } from '../domain/ports/clock';
import type { HandoffOutbox } from '../domain/ports/handoffOutbox';
import type { Localizer } from '../domain/ports/localizer';
import type { Logger } from '../domain/ports/logger';
import type { ReplyRenderer } from '../domain/ports/replyRenderer';
import type { StaffAccounts, StaffSessions } from '../domain/ports/staffAccounts';
import type { DialogDeps } from '../dialogs/dialogDeps';
import type { Config } from './config';
import { ConsoleAuth } from './consoleAuth';
import { seedDemoAccounts, type DemoAccount } from './consoleDemoAccounts';
import { registerConsoleRoutes } from './consoleRoutes';
import { HandoffGate } from './handoffGate';
import { HandoffRelay } from './handoffRelay';
import { LiveTranscript } from './liveTranscript';
import { TranscriptRecorder } from './transcriptRecorder';
import type { TurnHandler } from './turnPipeline';

export interface HandoffFeatureOptions {
  config: Config;
  /** MongoDB when STORAGE=mongo; in-memory stores otherwise. */
  db?: Db;
  /** True when the database is the embedded throw-away one: demo console accounts are seeded. */
  embedded: boolean;
  clock: Clock;
  logger: Logger;
  localizer: Localizer;
  renderer: ReplyRenderer;
}

/**
 * Human handoff and the staff console, wired in one place: stores, the queue, the transcript
 * recorder (adapter middleware), the handoff gate (turn-pipeline step), the relay poller and the
 * console routes. bot/app.ts calls the steps in order.
 */
export class HandoffFeature {
  readonly services: HandoffServices;
  readonly accounts: StaffAccounts;
  readonly demoAccounts: DemoAccount[] = [];
  /** The citizen's and staff's words as typed, for the claiming agent only; in memory, never stored. */
  readonly live = new LiveTranscript();
  private readonly sessions: StaffSessions;
  private readonly outbox: HandoffOutbox;
  private relay?: HandoffRelay;
  private consoleRoutes?: { close(): void };

  private constructor(
    private readonly options: HandoffFeatureOptions,
    stores: ReturnType<typeof createStores>,
  ) {
    this.accounts = stores.accounts;
    this.sessions = stores.sessions;
    this.outbox = stores.outbox;
    const queue = new HandoffQueue(stores.handoffs, stores.outbox, stores.transcript, options.clock);
    this.services = {
      queue,
      transcript: stores.transcript,
      callbacks: stores.callbacks,
      officeHours: options.config.officeHours,
      route: options.config.handoffRoute,
    };
  }

  static async create(options: HandoffFeatureOptions): Promise<HandoffFeature> {
    const stores = createStores(options);
    await stores.ensureIndexes();
    const feature = new HandoffFeature(options, stores);
    if (options.embedded)
      feature.demoAccounts.push(...(await seedDemoAccounts(feature.accounts, options.logger)));
    return feature;
  }

  /** Adapter middleware that records the transcript (masked). */
  recorder(): TranscriptRecorder {
    return new TranscriptRecorder(
      this.services.transcript,
      this.options.clock,
      this.options.logger,
      this.live,
    );
  }

  /** The turn handler with the handoff gate in front of the dialogs. */
  gate(inner: TurnHandler, deps: DialogDeps, conversationState: ConversationState): TurnHandler {
    return new HandoffGate(
      inner,
      this.services.queue,
      deps,
      conversationState,
      this.options.logger,
      this.live,
    );
  }

  /** The console routes and the relay that delivers staff messages through `adapter`. */
  attach(server: restify.Server, adapter: CloudAdapter): void {
    const { config, clock, logger, localizer, renderer } = this.options;
    this.consoleRoutes = registerConsoleRoutes(server, {
      auth: new ConsoleAuth(this.accounts, this.sessions, clock, config.consoleSessionMinutes),
      queue: this.services.queue,
      transcript: this.services.transcript,
      callbacks: this.services.callbacks,
      live: this.live,
      localizer,
      clock,
      logger,
      pollMs: config.handoffPollMs,
      secureCookies: config.trustProxy,
    });
    this.relay = new HandoffRelay(
      adapter,
      this.outbox,
      this.services.queue,
      localizer,
      renderer,
      clock,
      logger,
      {
        appId: config.microsoftAppId ?? '',
        intervalMs: config.handoffPollMs,
      },
    );
  }

  start(): void {
    this.relay?.start();
  }

  async stop(): Promise<void> {
    this.consoleRoutes?.close();
    await this.relay?.stop();
  }
}

function createStores({ db, config }: HandoffFeatureOptions) {
  if (!db) {
    return {
      handoffs: new MemoryHandoffStore(),
      outbox: new MemoryHandoffOutbox(),
      transcript: new MemoryTranscriptStore(),
      callbacks: new MemoryCallbackStore(),
      accounts: new MemoryStaffAccounts(),
      sessions: new MemoryStaffSessions(),
      ensureIndexes: async () => undefined,
    };
  }
  const stores = {
    handoffs: new MongoHandoffStore(db),
    outbox: new MongoHandoffOutbox(db),
    transcript: new MongoTranscriptStore(db, retentionDaysOf('transcripts', config.retentionDays)),
    callbacks: new MongoCallbackStore(db),
    accounts: new MongoStaffAccounts(db),
    sessions: new MongoStaffSessions(db),
  };
  return {
    ...stores,
    ensureIndexes: async () => {
      await Promise.all([
        stores.handoffs.ensureIndexes(),
        stores.outbox.ensureIndexes(),
        stores.transcript.ensureIndexes(),
        stores.callbacks.ensureIndexes(),
        stores.sessions.ensureIndexes(),
      ]);
    },
  };
}
