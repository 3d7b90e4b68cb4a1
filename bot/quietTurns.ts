import type { Activity, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Locale } from '../domain/language/locale';
import { extractYesNo } from '../domain/language/yesNo';
import type { Localizer } from '../domain/ports/localizer';
import type { ReplyRenderer } from '../domain/ports/replyRenderer';
import { isFillerOnly, isOperatorKey, isQuietUtterance, quietStep } from '../adapters/channels/quietTurn';
import { repeatedPrompt } from '../adapters/channels/repeatRequest';
import { normalizeSpokenInput } from '../adapters/channels/spokenInput';
import { choiceIndex } from '../domain/language/choiceMatch';
import type { ChannelMemory } from './channelTurnStep';

/**
 * Silence and "uhm" on the phone, turn after turn: the first time the prompt is said again
 * gently; the second time a person is offered (outside office hours: the callback offer of the
 * handoff); the third time the assistant says goodbye kindly and ends the call. A real answer
 * starts the count again. While the caller waits for or talks with a person, the handoff answers.
 */
export class QuietTurns {
  private readonly data: StatePropertyAccessor<{ handoffRequested?: boolean }>;

  constructor(
    conversationState: ConversationState,
    private readonly localizer: Localizer,
    private readonly renderer: ReplyRenderer,
    private readonly staffAvailable: () => boolean,
    /** The turn-state mark that keeps a repetition from becoming the prompt to repeat. */
    private readonly repeating: symbol,
  ) {
    this.data = conversationState.createProperty('conversationData');
  }

  /** True when this step answered the turn itself. */
  async handle(context: TurnContext, memory: ChannelMemory, locale: Locale): Promise<boolean> {
    const activity = context.activity;
    const data = await this.data.get(context, {});
    if (data.handoffRequested) {
      memory.quietTurns = 0;
      memory.quietOffer = undefined;
      return false;
    }
    if (!isQuietUtterance(activity.text)) {
      memory.quietTurns = 0;
      return memory.quietOffer ? this.answerToOffer(context, memory, locale) : false;
    }
    const filler = isFillerOnly(activity.text);
    const last = memory.lastPrompt?.messages.slice(-1) ?? [];
    if (!last.length) {
      // Nothing said yet to repeat: the dialogs answer it as the empty message it is.
      activity.text = '';
      return false;
    }
    memory.quietTurns = (memory.quietTurns ?? 0) + 1;
    const t = (key: string): string => this.localizer.t(locale, key);
    const step = quietStep(memory.quietTurns);
    context.turnState.set(this.repeating, true);
    if (step === 'repeat') {
      const intro = t(filler ? 'channels:quiet.fillerIntro' : 'channels:quiet.silenceIntro');
      await context.sendActivities(repeatedPrompt(last, intro));
      return true;
    }
    if (step === 'offerPerson') {
      if (!this.staffAvailable()) {
        // Outside office hours the handoff offers a call back: it runs as if "medewerker" was said.
        context.turnState.delete(this.repeating);
        await context.sendActivity(this.render(context, locale, { text: t('channels:quiet.stillQuiet') }));
        activity.text = t('common:choice.human');
        return false;
      }
      memory.quietOffer = true;
      await context.sendActivity(
        this.render(context, locale, {
          text: t('channels:quiet.offerPerson'),
          choices: [
            { value: 'yes', title: t('common:choice.yes') },
            { value: 'no', title: t('common:choice.no') },
          ],
          expectsInput: true,
        }),
      );
      return true;
    }
    memory.quietTurns = 0;
    memory.quietOffer = undefined;
    memory.lastPrompt = undefined;
    await context.sendActivities([
      this.render(context, locale, { text: t('channels:quiet.goodbye') }),
      { type: 'endOfConversation', code: 'completedSuccessfully' } as Partial<Activity>,
    ]);
    return true;
  }

  /** The caller's answer to the person offered after the silences: yes is "medewerker", no the prompt again. */
  private async answerToOffer(context: TurnContext, memory: ChannelMemory, locale: Locale): Promise<boolean> {
    memory.quietOffer = undefined;
    const activity = context.activity;
    const said = normalizeSpokenInput(activity.text ?? '');
    const index = choiceIndex(said, 2);
    const answer = isOperatorKey(said) ? true : index !== undefined ? index === 0 : extractYesNo(said);
    const last = memory.lastPrompt?.messages.slice(-1) ?? [];
    if (answer === true) {
      activity.text = this.localizer.t(locale, 'common:choice.human');
      memory.offered = undefined;
      return false;
    }
    if (answer === false && last.length) {
      context.turnState.set(this.repeating, true);
      await context.sendActivities(repeatedPrompt(last, this.localizer.t(locale, 'channels:quiet.declined')));
      return true;
    }
    // Something else: an answer to the prompt before the silences, whose choices count again.
    memory.offered = last[0]?.choices?.map((c) => c.title);
    return false;
  }

  private render(
    context: TurnContext,
    locale: Locale,
    reply: Parameters<ReplyRenderer['render']>[0],
  ): Partial<Activity> {
    return this.renderer.render(reply, {
      channelId: context.activity.channelId,
      locale,
      speech: true,
    }) as Partial<Activity>;
  }
}
