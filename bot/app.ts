import path from 'node:path';
import { ConfigurationBotFrameworkAuthentication, type Storage, type TurnContext } from 'botbuilder';
import type restify from 'restify';
import { systemClock, type Clock } from '../domain/ports/clock';
import type { Logger } from '../domain/ports/logger';
import type { CollectionSystem } from '../domain/ports/collectionSystem';
import type { Recognizer } from '../domain/ports/recognizer';
import type { TurnLock } from '../domain/ports/turnLock';
import { LocalTurnQueue } from '../adapters/storage/localTurnQueue';
import type { MongoConnection } from '../adapters/storage/mongoConnection';
import { MemoryStateStorage } from '../adapters/storage/memoryStateStorage';
import { MongoStorage } from '../adapters/storage/mongoStorage';
import { MongoTurnLock } from '../adapters/storage/mongoTurnLock';
import { SnapshotConversationState, SnapshotUserState } from './snapshotBotState';
import { retentionRules } from '../adapters/storage/retentionRules';
import { RetentionSweeper } from '../adapters/storage/retentionSweeper';
import { ChannelReplyRenderer } from '../adapters/channels/channelReplyRenderer';
import { createRecognizer } from '../adapters/nlu/createRecognizer';
import { INTENT_CONFIDENCE_THRESHOLD } from '../domain/language/confidence';
import type { ConversationData, UserProfile } from '../dialogs/conversationData';
import type { DialogDeps } from '../dialogs/dialogDeps';
import { MainDialog } from '../dialogs/mainDialog';
import { AssistantBot } from './assistantBot';
import type { Config } from './config';
import { I18nLocalizer, withStaffHours } from './i18n';
import { createLogger } from './logger';
import { createServer } from './server';
import { PrometheusMetrics } from './metrics';
import { countAbandoned, observedArrangementRequests, observedFeedback } from './metricsObservers';
import { InMemoryRateLimiter } from './rateLimiter';
import { ipRateLimit } from './rateLimitHttp';
import { RateLimitTurnGuard } from './rateLimitTurnGuard';
import { SecureCloudAdapter } from './securityAdapter';
import { createTurnErrorHandler } from './turnErrorHandler';
import { HandoffFeature } from './handoffSetup';
import { HandoffDialog } from '../dialogs/handoffDialog';
import { FineLookupDialog } from '../dialogs/fineLookupDialog';
import { createLookupPorts } from './lookupSetup';
import { createArrangementFeature } from './arrangementSetup';
import { createFeedbackStore } from './feedbackSetup';
import { PaymentArrangementDialog } from '../dialogs/paymentArrangementDialog';
import { TurnPipeline } from './turnPipeline';
import { ChannelTurnStep } from './channelTurnStep';
import { isWithinOfficeHours } from '../domain/officeHours';
import { mountChatPage } from './routes/chatPage';
import { mountDirectLine } from './routes/directLine';
import type { DirectLineConversations } from '../adapters/channels/directLine/directLineConversations';

export interface AppOverrides {
  logger?: Logger;
  clock?: Clock;
  recognizer?: Recognizer;
  metrics?: PrometheusMetrics;
  /** A back office instead of the configured one (tests: one that is down). */
  collection?: CollectionSystem;
}

export interface App {
  server: restify.Server;
  config: Config;
  logger: Logger;
  mongo?: MongoConnection;
  /** The self-hosted Direct Line's conversations (appendBotActivity delivers a message to a web chat). */
  directLine: DirectLineConversations;
  metrics: PrometheusMetrics;
  /** Listens on config.port (0 = any free port) and resolves with the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The composition root: builds every adapter from the configuration and wires them to the dialogs. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const metrics = overrides.metrics ?? new PrometheusMetrics();

  let mongo: MongoConnection | undefined;
  let sweeper: RetentionSweeper | undefined;
  let storage: Storage;
  let lock: TurnLock;
  if (config.storage === 'mongo') {
    // The MongoDB driver is a tenth of the start-up: loaded only when the storage is MongoDB.
    const { connectMongo } = await import('../adapters/storage/mongoConnection');
    mongo = await connectMongo({ uri: config.mongodbUri, dbName: config.mongodbDb, monitorCommands: true });
    mongo.client.on('commandStarted', (event: { commandName: string }) => metrics.databaseOperation(event.commandName));
    const mongoStorage = new MongoStorage(mongo.db);
    const mongoLock = new MongoTurnLock(mongo.db, { leaseMs: config.turnLeaseMs });
    await Promise.all([mongoStorage.ensureIndexes(), mongoLock.ensureIndexes()]);
    sweeper = new RetentionSweeper(mongo.db, retentionRules(config.retentionDays), clock, logger);
    await sweeper.ensureTtlIndexes();
    storage = mongoStorage;
    lock = mongoLock;
  } else {
    storage = new MemoryStateStorage();
    lock = new LocalTurnQueue();
  }

  const conversationState = new SnapshotConversationState(storage);
  const userState = new SnapshotUserState(storage);
  const localizer = withStaffHours(I18nLocalizer.create(), config.officeHours);
  const renderer = new ChannelReplyRenderer(localizer);
  const recognizer =
    overrides.recognizer ??
    (await createRecognizer({
      kind: config.recognizer,
      modelPath: config.nluModelPath ?? path.resolve(__dirname, '..', 'nlu', 'model.json'),
      luis: config.luis,
    }));

  const handoff = await HandoffFeature.create({ config, db: mongo?.db, embedded: mongo?.embedded ?? false, clock, logger, localizer, renderer });

  const lookup = await createLookupPorts({ config, db: mongo?.db, clock, logger, collection: overrides.collection });
  const arrangement = await createArrangementFeature({
    config,
    db: mongo?.db,
    collection: lookup.collection,
    logger,
    onRefused: () => metrics.arrangementRefused(),
  });
  const feedback = await createFeedbackStore(mongo?.db);

  const deps: DialogDeps = {
    handoff: handoff.services,
    ...lookup,
    arrangements: { ...arrangement.services, requests: observedArrangementRequests(arrangement.services.requests, metrics) },
    feedback: observedFeedback(feedback, metrics),
    recognizer,
    localizer,
    renderer,
    clock,
    confidenceThreshold: INTENT_CONFIDENCE_THRESHOLD,
    metrics,
    state: {
      conversation: conversationState.createProperty<ConversationData>('conversationData'),
      user: userState.createProperty<UserProfile>('userProfile'),
    },
  };
  const mainDialog = new MainDialog(deps);
  mainDialog.addFlow(new HandoffDialog(deps), ['human_agent']);
  mainDialog.addFlow(new FineLookupDialog(deps), ['fine_status']);
  mainDialog.addFlow(new PaymentArrangementDialog(deps), ['payment_arrangement']);
  const bot = new AssistantBot(deps, conversationState, userState, mainDialog, logger);
  const pipeline = new TurnPipeline(handoff.gate(bot, deps, conversationState), lock, deps, conversationState, userState, config.defaultLocale, logger, [
    new ChannelTurnStep(conversationState, localizer, renderer, config.defaultLocale, () =>
      isWithinOfficeHours(clock.now(), handoff.services.officeHours),
    ),
  ]);

  const adapter = new SecureCloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.microsoftAppId,
      MicrosoftAppPassword: config.microsoftAppPassword,
      MicrosoftAppTenantId: config.microsoftAppTenantId,
      MicrosoftAppType: config.microsoftAppType,
    }),
  );
  adapter.use(handoff.recorder());
  adapter.onTurnError = createTurnErrorHandler({
    logger,
    localizer,
    renderer,
    conversationState,
    dialogState: conversationState.createProperty('dialogState'),
    defaultLocale: config.defaultLocale,
  });

  const abandonedDialogState = conversationState.createProperty('dialogState');
  const turnGuard = new RateLimitTurnGuard(
    new InMemoryRateLimiter(config.rateLimit.conversation),
    localizer,
    renderer,
    config.defaultLocale,
    logger,
    () => metrics.rateLimited('conversation'),
  );
  const logic = (context: TurnContext): Promise<void> =>
    metrics.observeTurn(context, async () => {
      if (!(await turnGuard.admit(context))) return;
      await countAbandoned(context, abandonedDialogState, metrics);
      await pipeline.run(context);
    });
  const server = createServer({
    adapter,
    logic,
    logger,
    isReady: async () => (mongo ? mongo.ping() : true),
    maxBodyBytes: config.maxBodyBytes,
    preHandlers: [
      ipRateLimit({
        limiter: new InMemoryRateLimiter(config.rateLimit.ip),
        localizer,
        defaultLocale: config.defaultLocale,
        logger,
        trustProxy: config.trustProxy,
        onRefused: () => metrics.rateLimited('ip'),
      }),
    ],
    metrics,
    metricsToken: config.metricsToken,
  });

  handoff.attach(server, adapter);

  // The chat page and its self-hosted Direct Line: the same turn logic, error handler and transcript recorder.
  const directLine = await mountDirectLine(server, {
    config,
    logger,
    clock,
    db: mongo?.db,
    logic,
    onTurnError: adapter.onTurnError,
    middleware: [handoff.recorder()],
  });
  mountChatPage(server, { config, logger, localizer, directLine });

  return {
    server,
    config,
    logger,
    mongo,
    metrics,
    directLine: directLine.conversations,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.port, config.host, () => {
          const address = server.address();
          sweeper?.start(config.retentionSweepMinutes * 60_000);
          handoff.start();
          arrangement.start();
          const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${address.port}`;
          directLine.setListeningUrl(url);
          resolve(url);
        });
      }),
    async close() {
      await handoff.stop();
      await arrangement.stop();
      directLine.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sweeper?.stop();
      await mongo?.close();
    },
  };
}
