import type { TurnContext } from 'botbuilder';
import { toLocale, type Locale } from '../domain/language/locale';
import type { Localizer } from '../domain/ports/localizer';
import type { Logger } from '../domain/ports/logger';
import type { ReplyRenderer } from '../domain/ports/replyRenderer';
import { isSpeechTurn } from '../dialogs/turn';
import type { InMemoryRateLimiter } from './rateLimiter';

/** Activities that cost nothing and must never be refused (a typing indicator is not a message). */
const FREE_TYPES = new Set(['typing']);

/**
 * The per-conversation rate limit, checked before the turn takes the conversation's lease or reads
 * state, so a flood costs next to nothing. A refused message gets a friendly answer in the
 * language of the activity (reading the conversation's language would cost a database read).
 */
export class RateLimitTurnGuard {
  constructor(
    private readonly limiter: InMemoryRateLimiter,
    private readonly localizer: Localizer,
    private readonly renderer: ReplyRenderer,
    private readonly defaultLocale: Locale,
    private readonly logger: Logger,
    private readonly onRefused: () => void = () => undefined,
  ) {}

  /** True when the turn may run; otherwise the citizen has been told to slow down. */
  async admit(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (FREE_TYPES.has(activity.type)) return true;
    const decision = this.limiter.hit(`${activity.channelId}/${activity.conversation?.id ?? ''}`);
    if (decision.allowed) return true;
    this.onRefused();
    this.logger.warn(
      { conversationId: activity.conversation?.id, retryAfterMs: decision.retryAfterMs },
      'conversation rate limit',
    );
    if (activity.type === 'message') {
      const locale = toLocale(activity.locale) ?? this.defaultLocale;
      const seconds = Math.ceil(decision.retryAfterMs / 1000);
      const text = this.localizer.t(locale, 'limits:tooFast', { seconds });
      await context.sendActivity(
        this.renderer.render(
          { text },
          { channelId: activity.channelId, locale, speech: isSpeechTurn(context) },
        ),
      );
    }
    return false;
  }
}
