import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import type { Db } from 'mongodb';
import type restify from 'restify';
import type { Clock } from '../../domain/ports/clock';
import type { Logger } from '../../domain/ports/logger';
import { DirectLineConversations } from '../../adapters/channels/directLine/directLineConversations';
import type { DirectLineStore } from '../../adapters/channels/directLine/directLineStore';
import { DirectLineStreams } from '../../adapters/channels/directLine/directLineStreams';
import { DirectLineTokens } from '../../adapters/channels/directLine/directLineTokens';
import { MemoryDirectLineStore } from '../../adapters/channels/directLine/memoryDirectLineStore';
import { MongoDirectLineStore } from '../../adapters/channels/directLine/mongoDirectLineStore';
import type { Config } from '../config';
import { DIRECTLINE_PREFIX, registerDirectLineApi, type IssuedConversation } from './directLineApi';
import { registerBotConnector } from './directLineConnector';

const PREFIX = DIRECTLINE_PREFIX;

export interface DirectLineOptions {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** MongoDB when STORAGE=mongo; without it the conversations live in memory. */
  db?: Db;
  /** The bot's turn logic and error handler, the same as behind /api/messages. */
  logic: (context: TurnContext) => Promise<void>;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  /** Adapter middleware that must see these turns too (e.g. the transcript recorder). */
  middleware?: Middleware[];
}

export interface DirectLineService {
  conversations: DirectLineConversations;
  tokens: DirectLineTokens;
  /** Tells the Direct Line the address it listens on (the base of the serviceUrl the bot replies to). */
  setListeningUrl(url: string): void;
  /** A token for a new conversation, as a website back end would get with the secret (the chat page uses it). */
  issueConversation(): IssuedConversation;
  close(): void;
}

/**
 * A self-hosted, Direct Line 3.0-compatible API under /v3/directline, so the chat page needs no
 * Azure Bot Service: conversations, activities by watermark, the WebSocket stream, token generate
 * and refresh (directLineApi.ts). The citizen's activities run the bot in-process; the bot's replies
 * come back over HTTP to the Bot Connector endpoint (directLineConnector.ts), like Azure's.
 */
export async function mountDirectLine(
  server: restify.Server,
  options: DirectLineOptions,
): Promise<DirectLineService> {
  const { config, logger, clock } = options;
  let secret = config.directLine.secret;
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    logger.warn(
      {},
      'DIRECTLINE_SECRET is unset: a random secret was generated; tokens end with this process and other instances refuse them',
    );
  }
  const tokens = new DirectLineTokens(secret, clock, config.directLine.tokenTtlSeconds);
  const store: DirectLineStore = options.db
    ? new MongoDirectLineStore(options.db)
    : new MemoryDirectLineStore();
  await store.ensureIndexes();

  // The bot posts its replies to the instance's own listening address, not to PUBLIC_URL: that is
  // always reachable from the process (a public name may not be, e.g. inside a container), and any
  // instance can take any conversation's replies (shared MongoDB, keys from the shared secret).
  let listeningUrl = `http://127.0.0.1:${config.port}`;

  // In-process delivery needs no Bot Framework authentication: nothing leaves the process. The
  // replies go to this server's own Bot Connector endpoint, whose path carries a per-conversation key.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = options.onTurnError;
  for (const middleware of options.middleware ?? []) adapter.use(middleware);
  const conversations = new DirectLineConversations({
    store,
    clock,
    logger,
    retentionMs: config.directLine.retentionHours * 3600_000,
    serviceUrlFor: (conversationId) =>
      `${listeningUrl}${PREFIX}/connector/${tokens.connectorKey(conversationId)}/`,
    runBot: (activity) =>
      adapter.processActivityDirect(
        '',
        { ...activity, timestamp: new Date(String(activity.timestamp)) } as unknown as Activity,
        options.logic,
      ),
  });
  const streams = new DirectLineStreams(conversations, tokens, logger, config.directLine.streamPollMs);
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void =>
    void streams.handleUpgrade(req, socket, head);
  server.server.on('upgrade', onUpgrade);

  const sweepMs = config.retentionSweepMinutes * 60_000;
  const sweeper =
    sweepMs > 0 ? setInterval(() => void conversations.sweep().catch(() => undefined), sweepMs) : undefined;
  sweeper?.unref();

  const api = registerDirectLineApi(server, { config, logger, tokens, conversations });
  registerBotConnector(server, { logger, tokens, conversations });

  return {
    conversations,
    tokens,
    setListeningUrl(url: string) {
      listeningUrl = url.replace(/\/+$/, '');
    },
    issueConversation: () => api.issueConversation(),
    close() {
      if (sweeper) clearInterval(sweeper);
      server.server.off('upgrade', onUpgrade);
      streams.close();
    },
  };
}
