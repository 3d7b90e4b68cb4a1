import type { ConversationState, TurnContext, UserState } from 'botbuilder';
import type { Locale } from '../domain/language/locale';
import type { Logger } from '../domain/ports/logger';
import type { TurnLock } from '../domain/ports/turnLock';
import type { DialogDeps } from '../dialogs/dialogDeps';
import type { TurnStep } from './channelTurnStep';
import { TurnLanguage } from './turnLanguage';

const MAX_ATTEMPTS = 3;

export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

function isStateConflict(err: unknown): boolean {
  return err instanceof Error && /etag conflict/i.test(err.message);
}

/**
 * Wraps every turn: one turn at a time per conversation (the lease), the turn's language
 * (TurnLanguage), and a retry of the whole turn when the state changed underneath (eTag conflict),
 * so no message's effect on the conversation state is lost.
 */
export class TurnPipeline {
  constructor(
    private readonly handler: TurnHandler,
    private readonly lock: TurnLock,
    deps: DialogDeps,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    defaultLocale: Locale,
    private readonly logger: Logger,
    /** Run first in every attempt, before the language is decided (e.g. the channel step: DTMF, "2" → a choice). */
    private readonly steps: TurnStep[] = [],
  ) {
    this.language = new TurnLanguage(deps, defaultLocale);
  }

  /** The turn's language: decided after the steps, before the handler (turnLanguage.ts). */
  private readonly language: TurnLanguage;

  async run(context: TurnContext): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
    await this.lock.runExclusive(key, () => this.runWithRetry(context));
  }

  private async runWithRetry(context: TurnContext): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // Replies held for the HTTP response (expectReplies) of an attempt that is run again are dropped:
      // the citizen hears the turn once.
      const heldReplies = context.bufferedReplyActivities.length;
      try {
        // Both states at once: one database read (the storage batches reads of the same tick).
        await Promise.all([this.conversationState.load(context), this.userState.load(context)]);
        if (await this.stepsAnswered(context)) {
          await this.conversationState.saveChanges(context, false);
          await this.userState.saveChanges(context, false);
          return;
        }
        await this.language.resolve(context);
        await this.handler.run(context);
        return;
      } catch (err) {
        if (!isStateConflict(err) || attempt >= MAX_ATTEMPTS) throw err;
        this.logger.warn(
          { conversationId: context.activity.conversation?.id, attempt },
          'state conflict, retrying turn',
        );
        context.bufferedReplyActivities.splice(heldReplies);
        await this.conversationState.load(context, true);
        await this.userState.load(context, true);
      }
    }
  }

  /** Runs the steps in order; true when one of them answered the turn itself. */
  private async stepsAnswered(context: TurnContext): Promise<boolean> {
    for (const step of this.steps) if (await step.beforeTurn(context)) return true;
    return false;
  }
}
