import type restify from 'restify';
import { ConversationNotFoundError } from '../../adapters/channels/directLine/directLineConversations';
import type { ActivityJson } from '../../adapters/channels/directLine/directLineStore';
import { CONVERSATION_ID, DIRECTLINE_PREFIX, sendError, type DirectLineRouteContext } from './directLineApi';

/** Longest text a bot or staff reply may have (a card's JSON is not counted). */
const MAX_REPLY_TEXT = 20000;

/**
 * The Bot Connector endpoint the bot replies to: the serviceUrl of every Direct Line activity is
 * `{base}/v3/directline/connector/{key}/`, and the bot (CloudAdapter, anonymous) posts its replies to
 * `{serviceUrl}v3/conversations/{id}/activities[/{replyToId}]`, as it would to Azure. The
 * per-conversation key in the path is the authentication: only this server, which holds the
 * secret, hands it out (to the bot, never to a client).
 */
export function registerBotConnector(
  server: restify.Server,
  { logger, tokens, conversations }: Pick<DirectLineRouteContext, 'logger' | 'tokens' | 'conversations'>,
): void {
  const connectorPost = async (req: restify.Request, res: restify.Response): Promise<void> => {
    const conversationId = String(req.params?.conversationId ?? '');
    if (
      !CONVERSATION_ID.test(conversationId) ||
      !tokens.isConnectorKey(conversationId, String(req.params?.key ?? ''))
    ) {
      return sendError(res, 403, 'Forbidden', 'not allowed');
    }
    const activity = (req.body ?? {}) as ActivityJson;
    if (typeof activity.type !== 'string') return sendError(res, 400, 'BadArgument', 'type is required');
    // Typing indicators and traces are not part of the transcript.
    if (activity.type === 'typing' || activity.type === 'trace') return void res.send(200, { id: '' });
    if (typeof activity.text === 'string' && activity.text.length > MAX_REPLY_TEXT)
      return sendError(res, 400, 'BadArgument', 'text too long');
    try {
      res.send(
        200,
        await conversations.appendBotActivity(conversationId, {
          ...activity,
          replyToId: activity.replyToId ?? req.params?.activityId,
        }),
      );
    } catch (err) {
      if (err instanceof ConversationNotFoundError)
        return sendError(res, 404, 'NotFound', 'conversation not found');
      logger.error(
        { conversationId, error: { name: (err as Error)?.name } },
        'direct line: bot reply failed',
      );
      sendError(res, 500, 'ServiceError', 'could not store the reply');
    }
  };
  server.post(
    `${DIRECTLINE_PREFIX}/connector/:key/v3/conversations/:conversationId/activities`,
    connectorPost,
  );
  server.post(
    `${DIRECTLINE_PREFIX}/connector/:key/v3/conversations/:conversationId/activities/:activityId`,
    connectorPost,
  );
}
