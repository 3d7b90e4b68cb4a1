import type { ConversationState, TurnContext, UserState } from 'botbuilder';
import { SUPPORTED_LOCALES, toLocale, type Locale } from '../domain/language/locale';
import { fallbackLocaleFor, otherLanguageOf } from '../domain/language/otherLanguage';
import type { Logger } from '../domain/ports/logger';
import type { TurnLock } from '../domain/ports/turnLock';
import type { DialogDeps } from '../dialogs/dialogDeps';
import { placeForeignQuestion } from '../dialogs/foreignQuestion';
import { markLanguagesTold, say, setTurnLocale, text, turnRecognition } from '../dialogs/turn';
import type { TurnStep } from './channelTurnStep';

/** A detected language wins over the channel's locale only when the detector is this sure. */
const DETECTION_CONFIDENCE = 0.75;
const MAX_ATTEMPTS = 3;
/** Words a message needs before its language may change a conversation's established language. */
const MIN_WORDS_TO_SWITCH = 3;

export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

function isStateConflict(err: unknown): boolean {
  return err instanceof Error && /etag conflict/i.test(err.message);
}

/**
 * Wraps every turn: one turn at a time per conversation (the lease), the turn's language, and a
 * retry of the whole turn when the state changed underneath (eTag conflict), so no message's
 * effect on the conversation state is lost.
 */
export class TurnPipeline {
  constructor(
    private readonly handler: TurnHandler,
    private readonly lock: TurnLock,
    private readonly deps: DialogDeps,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly defaultLocale: Locale,
    private readonly logger: Logger,
    /** Run first in every attempt, before the language is decided (e.g. the channel step: DTMF, "2" → a choice). */
    private readonly steps: TurnStep[] = [],
  ) {}

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
        await this.resolveLocale(context);
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

  /**
   * User's explicit choice, else a confidently detected language, else the conversation's, the
   * channel's, the default. A message in a language the assistant does not speak is answered in
   * English, after saying once which languages it speaks; such a channel locale gets English too
   * (Dutch for the Netherlands' own languages).
   */
  async resolveLocale(context: TurnContext): Promise<Locale> {
    // Read without a default: an empty profile would otherwise be written for every new citizen.
    const profile = (await this.deps.state.user.get(context)) ?? {};
    const data = await this.deps.state.conversation.get(context, {});
    const channelLocale = context.activity.locale;
    let locale =
      profile.locale ?? data.locale ?? toLocale(channelLocale) ?? fallbackLocaleFor(channelLocale) ?? this.defaultLocale;
    setTurnLocale(context, locale);
    const text = context.activity.type === 'message' ? (context.activity.text ?? '').trim() : '';
    if (!profile.locale && text) {
      const detected = (await turnRecognition(context, this.deps)).language;
      // Once a conversation has a language, a loan word ("thanks", "ok") does not switch it: that takes a sentence.
      const established = data.locale !== undefined && text.split(/\s+/).length < MIN_WORDS_TO_SWITCH;
      const other = established ? undefined : otherLanguageOf(text);
      if (other) {
        locale = 'en';
        setTurnLocale(context, locale);
        // "Cezamı taksitle ödeyebilir miyim?": placed from its English gloss, so it is answered.
        const placed = await placeForeignQuestion(context, this.deps);
        if (!data.toldOtherLanguage) await this.tellLanguages(context, placed);
        data.toldOtherLanguage = true;
      } else if (
        detected &&
        !established &&
        detected.confidence >= DETECTION_CONFIDENCE &&
        detected.locale !== locale
      ) {
        locale = detected.locale;
        setTurnLocale(context, locale);
      }
    }
    if (text) data.locale = locale;
    return locale;
  }

  /**
   * "I do not speak that language; I can help in …", with the four languages to choose from; a
   * question not placed (not even from its gloss) is asked again in English or Dutch in the same
   * message (a second message would hide the menu of languages from a number typed next).
   */
  private async tellLanguages(context: TurnContext, placed: boolean): Promise<void> {
    const recognition = await turnRecognition(context, this.deps);
    // "Parlez-vous anglais ?" is answered by the router's language switch itself.
    if (recognition.intent === 'change_language') return;
    const t = (lng: Locale, key: string): string => this.deps.localizer.t(lng, key);
    markLanguagesTold(context);
    await say(context, this.deps, {
      text: placed
        ? text(context, this.deps, 'common:language.other')
        : `${text(context, this.deps, 'common:language.other')} ${text(context, this.deps, 'guidance:otherLanguage.repeat')}`,
      choices: SUPPORTED_LOCALES.map((lng) => ({ value: t(lng, 'common:language.name'), title: t(lng, 'common:language.name') })),
    });
  }
}
