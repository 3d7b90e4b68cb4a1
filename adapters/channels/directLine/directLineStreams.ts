import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../../domain/ports/logger';
import { type DirectLineConversations, parseWatermark } from './directLineConversations';
import type { DirectLineTokens } from './directLineTokens';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,128})\/stream$/;
/** More sockets than this on one conversation is a misbehaving client. */
const MAX_SOCKETS_PER_CONVERSATION = 5;
const HEARTBEAT_MS = 30000;

interface Subscription {
  conversationId: string;
  socket: WebSocket;
  /** Last sequence number sent to this socket. */
  cursor: number;
  busy: boolean;
  again: boolean;
  alive: boolean;
}

/**
 * The WebSocket stream of the self-hosted Direct Line (`streamUrl`). Each socket gets every
 * activity after its watermark as `{activities, watermark}`: at once when this instance appended
 * it, and within `pollMs` when another instance did (this instance polls the conversations its
 * sockets watch; the embedded MongoDB has no change streams).
 */
export class DirectLineStreams {
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly subscriptions = new Map<string, Set<Subscription>>();
  private readonly poller: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly conversations: DirectLineConversations,
    private readonly tokens: DirectLineTokens,
    private readonly logger: Logger,
    pollMs = 1000,
  ) {
    conversations.changes.on('append', (conversationId: string) => this.wake(conversationId));
    this.poller = setInterval(() => void this.poll(), pollMs);
    this.poller.unref();
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Handles an HTTP upgrade when it is for a Direct Line stream; false leaves it to others. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return false;
    const conversationId = match[1];
    const bearer = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const token = url.searchParams.get('t') ?? bearer ?? '';
    const check = this.tokens.verify(token, 'stream');
    const fallback = check.ok ? check : this.tokens.verify(token, 'conversation');
    if (!fallback.ok || fallback.identity.conversationId !== conversationId) {
      refuse(socket, fallback.ok ? 403 : fallback.reason === 'expired' ? 403 : 401);
      return true;
    }
    if ((this.subscriptions.get(conversationId)?.size ?? 0) >= MAX_SOCKETS_PER_CONVERSATION) {
      refuse(socket, 429);
      return true;
    }
    const watermark = parseWatermark(url.searchParams.get('watermark'));
    void this.conversations.get(conversationId).then(
      (conversation) => {
        if (!conversation) return refuse(socket, 404);
        this.server.handleUpgrade(req, socket, head, (ws) => this.subscribe(conversationId, ws, watermark));
      },
      () => refuse(socket, 503),
    );
    return true;
  }

  /** Number of open sockets (for tests and metrics). */
  get openSockets(): number {
    let n = 0;
    for (const set of this.subscriptions.values()) n += set.size;
    return n;
  }

  close(): void {
    clearInterval(this.poller);
    clearInterval(this.heartbeat);
    for (const set of this.subscriptions.values()) for (const s of set) s.socket.terminate();
    this.subscriptions.clear();
    this.server.close();
  }

  private subscribe(conversationId: string, socket: WebSocket, watermark: number): void {
    const subscription: Subscription = {
      conversationId,
      socket,
      cursor: watermark,
      busy: false,
      again: false,
      alive: true,
    };
    let set = this.subscriptions.get(conversationId);
    if (!set) this.subscriptions.set(conversationId, (set = new Set()));
    set.add(subscription);
    socket.on('pong', () => (subscription.alive = true));
    // Clients send empty messages as keep-alives; nothing a client sends on the stream means anything.
    socket.on('message', () => (subscription.alive = true));
    socket.on('close', () => this.unsubscribe(subscription));
    socket.on('error', () => this.unsubscribe(subscription));
    void this.pump(subscription);
  }

  private unsubscribe(subscription: Subscription): void {
    const set = this.subscriptions.get(subscription.conversationId);
    set?.delete(subscription);
    if (set && set.size === 0) this.subscriptions.delete(subscription.conversationId);
  }

  private wake(conversationId: string): void {
    for (const subscription of this.subscriptions.get(conversationId) ?? []) void this.pump(subscription);
  }

  /** Sends everything after the socket's cursor; one pump per socket at a time, re-run if woken meanwhile. */
  private async pump(subscription: Subscription): Promise<void> {
    if (subscription.busy) {
      subscription.again = true;
      return;
    }
    subscription.busy = true;
    try {
      do {
        subscription.again = false;
        for (;;) {
          const set = await this.conversations.activitiesAfter(
            subscription.conversationId,
            subscription.cursor,
          );
          if (!set.activities.length || subscription.socket.readyState !== WebSocket.OPEN) break;
          subscription.socket.send(JSON.stringify(set));
          subscription.cursor = parseWatermark(set.watermark);
        }
      } while (subscription.again);
    } catch (err) {
      this.logger.warn(
        { conversationId: subscription.conversationId, error: { name: (err as Error)?.name } },
        'direct line stream: read failed',
      );
    } finally {
      subscription.busy = false;
    }
  }

  /** Catches activities other instances appended to the conversations this instance streams. */
  private async poll(): Promise<void> {
    if (this.polling || this.subscriptions.size === 0) return;
    this.polling = true;
    try {
      const last = await this.conversations.store.lastSeqs([...this.subscriptions.keys()]);
      for (const [conversationId, seq] of last) {
        for (const subscription of this.subscriptions.get(conversationId) ?? []) {
          if (seq > subscription.cursor) void this.pump(subscription);
        }
      }
    } catch (err) {
      this.logger.warn({ error: { name: (err as Error)?.name } }, 'direct line stream: poll failed');
    } finally {
      this.polling = false;
    }
  }

  private checkAlive(): void {
    for (const set of this.subscriptions.values()) {
      for (const subscription of set) {
        if (!subscription.alive) {
          subscription.socket.terminate();
          continue;
        }
        subscription.alive = false;
        subscription.socket.ping();
      }
    }
  }
}

function refuse(socket: Duplex, status: number): void {
  const reason =
    {
      401: 'Unauthorized',
      403: 'Forbidden',
      404: 'Not Found',
      429: 'Too Many Requests',
      503: 'Service Unavailable',
    }[status] ?? 'Error';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
