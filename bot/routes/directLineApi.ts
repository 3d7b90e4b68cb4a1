import type restify from 'restify';
import type { Logger } from '../../domain/ports/logger';
import { CLIENT_TYPES } from '../../adapters/channels/directLine/directLineActivity';
import {
  type DirectLineConversations,
  parseWatermark,
} from '../../adapters/channels/directLine/directLineConversations';
import type { ActivityJson } from '../../adapters/channels/directLine/directLineStore';
import type {
  DirectLineIdentity,
  DirectLineTokens,
} from '../../adapters/channels/directLine/directLineTokens';
import { validateActivity } from '../activityValidation';
import type { Config } from '../config';

export const DIRECTLINE_PREFIX = '/v3/directline';
export const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,128}$/;
const PREFIX = DIRECTLINE_PREFIX;

export interface DirectLineRouteContext {
  config: Config;
  logger: Logger;
  tokens: DirectLineTokens;
  conversations: DirectLineConversations;
}

export interface IssuedConversation {
  conversationId: string;
  token: string;
  expiresIn: number;
  userId: string;
}

type Auth = { kind: 'secret' } | { kind: 'token'; identity: DirectLineIdentity };

export function sendError(res: restify.Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** The bearer value of the request, if any. */
function bearer(req: restify.Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
}

/** The `watermark` query parameter (the server has no query parser: parsed here). */
function watermarkOf(req: restify.Request): number {
  return parseWatermark(new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark'));
}

/** Web Chat announces itself in x-ms-bot-agent; every other client is plain Direct Line. */
function channelIdOf(req: restify.Request): string {
  return /webchat/i.test(String(req.headers['x-ms-bot-agent'] ?? '')) ? 'webchat' : 'directline';
}

/**
 * The client side of the Direct Line 3.0 API: token generate and refresh, start and reconnect,
 * post and get activities by watermark. A token opens only its own conversation; the secret opens
 * any. Answers with `issueConversation`, which the chat page's token endpoint uses too.
 */
export function registerDirectLineApi(
  server: restify.Server,
  { config, logger, tokens, conversations }: DirectLineRouteContext,
): { issueConversation(): IssuedConversation } {
  /** The secret, or a valid token for this conversation (when one is named). */
  const authorize = (
    req: restify.Request,
    res: restify.Response,
    conversationId?: string,
  ): Auth | undefined => {
    const value = bearer(req);
    if (!value) return void sendError(res, 401, 'Unauthorized', 'missing bearer token');
    if (tokens.isSecret(value)) return { kind: 'secret' };
    const check = tokens.verify(value);
    if (!check.ok) {
      return void (check.reason === 'expired'
        ? sendError(res, 403, 'TokenExpired', 'token expired')
        : sendError(res, 403, 'BadToken', 'token invalid'));
    }
    if (conversationId !== undefined && check.identity.conversationId !== conversationId) {
      return void sendError(res, 403, 'Forbidden', 'token is for another conversation');
    }
    return { kind: 'token', identity: check.identity };
  };

  const streamUrl = (req: restify.Request, identity: DirectLineIdentity, watermark?: number): string => {
    const forwardedHttps = config.trustProxy && String(req.headers['x-forwarded-proto'] ?? '') === 'https';
    const base =
      config.publicUrl ?? `${forwardedHttps ? 'https' : 'http'}://${req.headers.host ?? '127.0.0.1'}`;
    const ws = base.replace(/^http/, 'ws');
    const query = new URLSearchParams({
      t: tokens.issueStream(identity),
      ...(watermark ? { watermark: String(watermark) } : {}),
    });
    return `${ws}${PREFIX}/conversations/${identity.conversationId}/stream?${query}`;
  };

  const conversationParam = (req: restify.Request, res: restify.Response): string | undefined => {
    const id = String(req.params?.conversationId ?? '');
    if (!CONVERSATION_ID.test(id)) return void sendError(res, 404, 'NotFound', 'conversation not found');
    return id;
  };

  const issueConversation = (userId?: string) => {
    const identity = {
      conversationId: conversations.newConversationId(),
      userId: userId ?? conversations.newUserId(),
    };
    const issued = tokens.issue(identity);
    return {
      conversationId: identity.conversationId,
      token: issued.token,
      expiresIn: issued.expiresIn,
      userId: identity.userId,
    };
  };

  /** A user id a website back end passes with the secret; "dl_" ids are reserved for tokens. */
  const requestedUserId = (req: restify.Request): string | undefined => {
    const id = (req.body as { user?: { id?: unknown } } | undefined)?.user?.id;
    return typeof id === 'string' && /^[A-Za-z0-9_.:@-]{1,64}$/.test(id) && !id.startsWith('dl_')
      ? id
      : undefined;
  };

  server.post(`${PREFIX}/tokens/generate`, (req, res, next) => {
    const auth = authorize(req, res);
    if (!auth) return next(false);
    if (auth.kind !== 'secret') {
      sendError(res, 403, 'Forbidden', 'generating a token needs the secret');
      return next(false);
    }
    const issued = issueConversation(requestedUserId(req));
    res.send(200, {
      conversationId: issued.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
    });
    return next();
  });

  server.post(`${PREFIX}/tokens/refresh`, (req, res, next) => {
    const auth = authorize(req, res);
    if (!auth) return next(false);
    if (auth.kind !== 'token') {
      sendError(res, 403, 'Forbidden', 'refresh needs a token');
      return next(false);
    }
    const issued = tokens.issue(auth.identity);
    res.send(200, {
      conversationId: auth.identity.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
    });
    return next();
  });

  server.post(`${PREFIX}/conversations`, async (req, res) => {
    const auth = authorize(req, res);
    if (!auth) return;
    const identity =
      auth.kind === 'token'
        ? auth.identity
        : {
            conversationId: conversations.newConversationId(),
            userId: requestedUserId(req) ?? conversations.newUserId(),
          };
    const body = (req.body ?? {}) as { locale?: unknown };
    const locale =
      typeof body.locale === 'string' && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(body.locale)
        ? body.locale
        : undefined;
    try {
      const existing = await conversations.get(identity.conversationId);
      if (existing && existing.userId !== identity.userId)
        return sendError(res, 403, 'Forbidden', 'conversation belongs to another user');
      const { created } = await conversations.start(
        { ...identity, channelId: existing?.channelId ?? channelIdOf(req) },
        locale,
      );
      const issued = tokens.issue(identity);
      res.send(created ? 201 : 200, {
        conversationId: identity.conversationId,
        token: issued.token,
        expires_in: issued.expiresIn,
        streamUrl: streamUrl(req, identity),
      });
    } catch (err) {
      logger.error({ error: { name: (err as Error)?.name } }, 'direct line: start failed');
      sendError(res, 500, 'ServiceError', 'could not start the conversation');
    }
  });

  // Reconnect: a fresh token and stream URL for an existing conversation (after a reload or a dropped socket).
  server.get(`${PREFIX}/conversations/:conversationId`, async (req, res) => {
    const conversationId = conversationParam(req, res);
    if (!conversationId) return;
    const auth = authorize(req, res, conversationId);
    if (!auth) return;
    const conversation = await conversations.get(conversationId);
    if (!conversation) return sendError(res, 404, 'NotFound', 'conversation not found');
    const identity = { conversationId, userId: conversation.userId };
    const issued = tokens.issue(identity);
    res.send(200, {
      conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
      streamUrl: streamUrl(req, identity, watermarkOf(req)),
    });
  });

  server.get(`${PREFIX}/conversations/:conversationId/activities`, async (req, res) => {
    const conversationId = conversationParam(req, res);
    if (!conversationId) return;
    if (!authorize(req, res, conversationId)) return;
    if (!(await conversations.get(conversationId)))
      return sendError(res, 404, 'NotFound', 'conversation not found');
    res.send(200, await conversations.activitiesAfter(conversationId, watermarkOf(req)));
  });

  server.post(`${PREFIX}/conversations/:conversationId/activities`, async (req, res) => {
    const conversationId = conversationParam(req, res);
    if (!conversationId) return;
    if (!authorize(req, res, conversationId)) return;
    const conversation = await conversations.get(conversationId);
    if (!conversation) return sendError(res, 404, 'NotFound', 'conversation not found');
    const posted = (req.body ?? {}) as ActivityJson;
    const address = { conversationId, channelId: conversation.channelId, userId: conversation.userId };
    const problems = validateActivity({
      ...posted,
      channelId: address.channelId,
      serviceUrl: 'http://localhost/',
      conversation: { id: conversationId },
      from: { id: address.userId },
      recipient: undefined,
    });
    if (!CLIENT_TYPES.has(String(posted.type))) problems.push('type must be message, event or typing');
    if (problems.length) return sendError(res, 400, 'BadArgument', problems.join('; '));
    try {
      res.send(200, await conversations.postFromClient(address, posted));
    } catch (err) {
      logger.error({ conversationId, error: { name: (err as Error)?.name } }, 'direct line: post failed');
      sendError(res, 500, 'ServiceError', 'could not post the activity');
    }
  });

  server.post(`${PREFIX}/conversations/:conversationId/upload`, (_req, res, next) => {
    sendError(res, 415, 'NotSupported', 'attachments are not accepted in this chat');
    return next(false);
  });

  return { issueConversation: () => issueConversation() };
}
