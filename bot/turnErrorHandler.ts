import type { StatePropertyAccessor, ConversationState, TurnContext } from 'botbuilder';
import { toLocale, type Locale } from '../domain/language/locale';
import type { Localizer } from '../domain/ports/localizer';
import type { Logger } from '../domain/ports/logger';
import type { ReplyRenderer } from '../domain/ports/replyRenderer';
import { isSpeechTurn, turnLocaleOr } from '../dialogs/turn';

/**
 * Last line of defence for a turn that threw: log it with the conversation id only, apologise in
 * the citizen's language, offer a person, and clear the dialog stack (not the citizen's data), so
 * the next message starts cleanly.
 */
export function createTurnErrorHandler(options: {
  logger: Logger;
  localizer: Localizer;
  renderer: ReplyRenderer;
  conversationState: ConversationState;
  dialogState: StatePropertyAccessor;
  defaultLocale: Locale;
}): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const conversationId = context.activity.conversation?.id;
    options.logger.error(
      { conversationId, activityType: context.activity.type, error: { name: error?.name, code: (error as { code?: unknown })?.code } },
      'turn failed',
    );
    try {
      const locale = turnLocaleOr(context, toLocale(context.activity.locale) ?? options.defaultLocale);
      const t = (key: string): string => options.localizer.t(locale, key);
      const channel = { channelId: context.activity.channelId, locale, speech: isSpeechTurn(context) };
      await context.sendActivity(
        options.renderer.render(
          { text: t('common:error.apology'), choices: [{ value: 'human_agent', title: t('common:choice.human') }] },
          channel,
        ),
      );
      // From the stored state, not the failed turn's half-done one (which may also be stale: a conflict).
      await options.conversationState.load(context, true);
      await options.dialogState.delete(context);
      await options.conversationState.saveChanges(context, true);
    } catch (cleanupError) {
      options.logger.error({ conversationId, error: { name: (cleanupError as Error)?.name } }, 'turn error cleanup failed');
    }
  };
}
