import type { Activity, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { choiceIndex, choiceNumberOutOfRange } from '../domain/language/choiceMatch';
import { intlLocale } from '../domain/language/intlLocale';
import { toLocale, type Locale } from '../domain/language/locale';
import type { Localizer } from '../domain/ports/localizer';
import type { ReplyRenderer } from '../domain/ports/replyRenderer';
import { isMessagingChannel } from '../adapters/channels/channelKinds';
import { speechFor } from '../adapters/channels/channelReplyRenderer';
import { offeredChoicesOf } from '../adapters/channels/offeredChoices';
import { askedForLink, withoutPaymentLinks } from '../adapters/channels/paymentLinks';
import {
  REPEAT_INTRO_KEY,
  asksForNumberSlowly,
  isRepeatRequest,
  repeatablePrompt,
  repeatedPrompt,
  type RepeatablePrompt,
} from '../adapters/channels/repeatRequest';
import { slowNumberRepeat } from '../adapters/channels/slowRepeat';
import { asksToSpeakSlower, isLineCheck, slowedDown, withoutOpening } from '../adapters/channels/callPace';
import type { ConversationData } from '../dialogs/conversationData';
import { HEARD_TEXT } from '../dialogs/heardText';
import { dtmfFromEvent, normalizeSpokenInput } from '../adapters/channels/spokenInput';
import {
  holdsDigitsSoFar,
  innermostDialog,
  isFillerOnly,
  isOperatorKey,
  zeroIsAnAnswerTo,
} from '../adapters/channels/quietTurn';
import { QuietTurns } from './quietTurns';
import { SpokenRest, type SpokenRestMemory } from './spokenRest';
import { FILLER_ONLY, isSpeechTurn, turnLocaleOr } from '../dialogs/turn';
import { listFormat } from '../domain/language/intlFormats';

/** A step the turn pipeline runs before the turn's language is decided and the bot runs. */
export interface TurnStep {
  /** True when the step answered the turn itself: the bot does not run (the state is still saved). */
  beforeTurn(context: TurnContext): Promise<boolean | void>;
}

/** What the channel layer remembers about a conversation (in the conversation state). */
export interface ChannelMemory extends SpokenRestMemory {
  /** Titles of the choices the assistant's last reply offered: "2" in the next message means the second. */
  offered?: string[];
  /** The language those choices were offered in: a number that is not one of them is told in it. */
  offeredLocale?: Locale;
  /** The warning about fake CJIB messages was given (messaging channels, once per conversation). */
  scamNoticeGiven?: boolean;
  /** On the phone: the assistant's last prompt and its language, to say again when the caller asks. */
  lastPrompt?: { messages: RepeatablePrompt[]; locale: Locale };
  /** On the phone: silent or "uhm"-only turns in a row (see quietTurns.ts). */
  quietTurns?: number;
  /** On the phone: a person was offered after the silences; the next answer is read as yes or no to it. */
  quietOffer?: boolean;
  /** On the phone: the caller asked to speak more slowly; the voice stays slower for the rest of the call. */
  slowSpeech?: boolean;
}

const HOOKED = Symbol('channelTurnStep.hooked');
/** Set on a turn that says the last prompt again: that repetition is not itself the prompt to repeat. */
const REPEATING = Symbol('channelTurnStep.repeating');
/** The messages this turn sent so far (a dialog sends them one by one). */
const SAID = Symbol('channelTurnStep.said');

/**
 * The choice a bare number or ordinal picks ("2", "twee", "de tweede"), as that choice's title.
 * Not when a title itself holds a number ("3 maanden"): "3" could then mean either.
 */
export function pickOfferedChoice(text: string, titles: readonly string[]): string | undefined {
  if (titles.some((t) => /\d/.test(t))) return undefined;
  const index = choiceIndex(text, titles.length);
  return index === undefined ? undefined : titles[index];
}

/**
 * The number a bare answer gives when the offered choices do not go that far ("5" or "nummer 5
 * graag" when three are offered). Not when a title itself holds a number, as pickOfferedChoice;
 * not for a single choice (the queue's "stop waiting": what follows may be typed to a person).
 */
export function offeredNumberOutOfRange(text: string, titles: readonly string[]): number | undefined {
  if (titles.length < 2 || titles.some((t) => /\d/.test(t))) return undefined;
  return choiceNumberOutOfRange(text, titles.length);
}

/**
 * The channel side of every turn, in one place:
 * - in: DTMF events become text, key presses and spoken digits on the phone become digits, and a
 *   number or ordinal answering offered choices becomes the choice's title, before any dialog sees it;
 * - out: remembers the choices each reply offers; on messaging channels, no payment link the
 *   citizen did not ask for and, once, the warning about fake CJIB messages; on the phone, every
 *   message carries SSML and an input hint.
 */
export class ChannelTurnStep implements TurnStep {
  private readonly memory: StatePropertyAccessor<ChannelMemory>;
  private readonly dialogState: StatePropertyAccessor<{ dialogStack?: [] }>;
  private readonly conversationData: StatePropertyAccessor<Pick<ConversationData, 'handoffRequested'>>;
  private readonly quiet: QuietTurns;
  /** On the phone: a long answer in portions, "Wilt u meer weten?" between them. */
  private readonly rest: SpokenRest;

  constructor(
    conversationState: ConversationState,
    private readonly localizer: Localizer,
    private readonly renderer: ReplyRenderer,
    private readonly defaultLocale: Locale,
    /** Whether staff answer now (office hours): after silences a person is offered, else the callback. */
    staffAvailable: () => boolean = () => true,
  ) {
    this.memory = conversationState.createProperty<ChannelMemory>('channelMemory');
    this.dialogState = conversationState.createProperty('dialogState');
    this.conversationData =
      conversationState.createProperty<Pick<ConversationData, 'handoffRequested'>>('conversationData');
    this.quiet = new QuietTurns(conversationState, localizer, renderer, staffAvailable, REPEATING);
    this.rest = new SpokenRest(localizer);
  }

  async beforeTurn(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    const keys = dtmfFromEvent(activity);
    if (keys !== undefined) {
      activity.type = 'message';
      activity.text = keys;
    }
    if (!context.turnState.get(HOOKED)) {
      context.turnState.set(HOOKED, true);
      context.onSendActivities(async (ctx, activities, next) => {
        await this.outgoing(ctx, activities);
        return next();
      });
    }
    // A key press counts as said; a card's submission (a value without keys) is no quiet turn.
    const typedOrSaid = keys !== undefined || (activity.value === undefined && !activity.attachments?.length);
    if (activity.type === 'message' && typedOrSaid) {
      const memory = await this.memory.get(context, {});
      const locale =
        memory.lastPrompt?.locale ?? memory.offeredLocale ?? toLocale(activity.locale) ?? this.defaultLocale;
      if (isSpeechTurn(context)) {
        // Silence, "uhm": the prompt again, then a person, then a kind goodbye (quietTurns.ts).
        if (await this.quiet.handle(context, memory, locale)) return true;
        // "0", the operator key: a person, as "medewerker" is (unless 0 answers an amount asked, or
        // goes on with the digits of a number said in parts).
        if (isOperatorKey(activity.text)) {
          const waiting = innermostDialog(await this.dialogState.get(context, {}));
          // "zero" after "nine six nine eight": the next digit of the number, in any language.
          if (holdsDigitsSoFar(waiting)) activity.text = '0';
          else if (!zeroIsAnAnswerTo(waiting?.id, keys !== undefined))
            activity.text = this.localizer.t(locale, 'common:choice.human');
        }
      } else if (isFillerOnly(activity.text)) {
        // Only "uhm" typed: no answer yet; the dialogs ask their question again, as for an empty message.
        activity.text = '';
        context.turnState.set(FILLER_ONLY, true);
      }
    }
    if (activity.type === 'message' && typeof activity.text === 'string' && activity.text) {
      const memory = await this.memory.get(context, {});
      // "Wat zei u?" on the phone: the last prompt again, and the dialog keeps waiting where it was.
      // "Kunt u wat langzamer praten?": slower from now on, and the last prompt again.
      if (isSpeechTurn(context) && memory.lastPrompt?.messages.length && asksToSpeakSlower(activity.text)) {
        memory.slowSpeech = true;
        await this.repeat(context, memory.lastPrompt, 'channels:speech.slowerIntro');
        return true;
      }
      // "Hallo? Bent u daar nog?" at a question: the question again, not an answer to it. (While
      // waiting for a person the handoff gate answers it with the place in the queue.)
      // ("Hallo? Hallo?" hears that someone is there first, not "I will repeat it".)
      if (isSpeechTurn(context) && memory.lastPrompt?.messages.length) {
        const again = isRepeatRequest(activity.text);
        if (again || (isLineCheck(activity.text) && !(await this.handoffRequested(context)))) {
          await this.repeat(
            context,
            memory.lastPrompt,
            again ? REPEAT_INTRO_KEY : 'channels:speech.stillHereIntro',
          );
          return true;
        }
      }
      // "Ja", "meer" after "Wilt u meer weten?": the next portion of the long answer (spokenRest.ts).
      if (isSpeechTurn(context) && (await this.rest.answer(context, memory, activity.text))) return true;
      if (isSpeechTurn(context)) {
        context.turnState.set(HEARD_TEXT, activity.text);
        activity.text = normalizeSpokenInput(activity.text);
      }
      const offered = memory.offered ?? [];
      // "5" when three were offered: which numbers there are, and the choices again; the dialog waits.
      const missing = offered.length ? offeredNumberOutOfRange(activity.text, offered) : undefined;
      if (missing !== undefined) {
        await this.offerAgain(context, offered, missing, memory.offeredLocale);
        return true;
      }
      const picked = offered.length ? pickOfferedChoice(activity.text, offered) : undefined;
      if (picked) activity.text = picked;
      memory.offered = undefined;
    }
    return false;
  }

  private async handoffRequested(context: TurnContext): Promise<boolean> {
    const data = await this.conversationData.get(context, {});
    return data.handoffRequested === true;
  }

  private async repeat(
    context: TurnContext,
    last: NonNullable<ChannelMemory['lastPrompt']>,
    introKey = REPEAT_INTRO_KEY,
  ): Promise<void> {
    context.turnState.set(REPEATING, true);
    // "Nog een keer langzaam het nummer", "ik moet het opschrijven": only the number, slowly, twice.
    const slow = asksForNumberSlowly(context.activity.text)
      ? slowNumberRepeat(last.messages, last.locale, {
          intro: this.localizer.t(last.locale, 'channels:speech.slowIntro'),
          again: this.localizer.t(last.locale, 'channels:speech.slowAgain'),
        })
      : undefined;
    if (slow) {
      await context.sendActivity(slow);
      return;
    }
    const intro = this.localizer.t(last.locale, introKey);
    // A long message (a lookup, an answer) is said again in its first portion, "more?" for the rest.
    const memory = await this.memory.get(context, {});
    const messages = this.rest.shortened(memory, last.messages, last.locale);
    await context.sendActivities(repeatedPrompt(messages, intro));
  }

  private async offerAgain(
    context: TurnContext,
    titles: string[],
    number: number,
    offeredIn: Locale | undefined,
  ): Promise<void> {
    const locale = offeredIn ?? toLocale(context.activity.locale) ?? this.defaultLocale;
    const numbers = listFormat(intlLocale(locale), 'disjunction').format(titles.map((_, i) => String(i + 1)));
    const reply = {
      text: this.localizer.t(locale, 'channels:choices.outOfRange', { number, numbers }),
      choices: titles.map((title) => ({ value: title, title })),
      expectsInput: true,
    };
    const channel = { channelId: context.activity.channelId, locale, speech: isSpeechTurn(context) };
    await context.sendActivity(this.renderer.render(reply, channel));
  }

  private async outgoing(context: TurnContext, activities: Partial<Activity>[]): Promise<void> {
    const memory = await this.memory.get(context, {});
    const messages = activities.filter((a) => a.type === 'message');
    if (!messages.length) return;
    const locale = turnLocaleOr(context, toLocale(context.activity.locale) ?? this.defaultLocale);
    for (const activity of messages) {
      const offered = offeredChoicesOf(activity);
      if (offered) {
        memory.offered = offered.map((c) => c.title);
        memory.offeredLocale = toLocale(activity.locale) ?? locale;
      } else if (activity.inputHint === 'expectingInput') memory.offered = undefined;
    }
    const t = (key: string, vars?: Record<string, unknown>): string => this.localizer.t(locale, key, vars);

    if (isMessagingChannel(context.activity.channelId)) {
      if (!askedForLink(context.activity.text)) {
        const replacement = t('channels:messaging.paymentLinkReplaced');
        for (const activity of messages)
          if (activity.text) activity.text = withoutPaymentLinks(activity.text, replacement);
      }
      if (!memory.scamNoticeGiven) {
        memory.scamNoticeGiven = true;
        const notice = t('channels:messaging.scamNotice', { question: t('faq:topics.scam.title') });
        messages[0].text = messages[0].text ? `${messages[0].text}\n\n${notice}` : notice;
      }
    }

    if (isSpeechTurn(context)) {
      for (const activity of messages) {
        if (!activity.speak && activity.text)
          activity.speak = speechFor(activity.text, locale, this.localizer);
        if (memory.slowSpeech && activity.speak) activity.speak = slowedDown(activity.speak);
        activity.inputHint ??= 'acceptingInput';
      }
      // After a long answer's first portion the rest of the turn waits for "more?" (spokenRest.ts).
      if (this.rest.keep(context, memory, activities, locale, context.turnState.get(REPEATING) === true)) {
        // The choices held back are not offered yet: "1" is no answer to a question not yet heard.
        memory.offered = undefined;
        messages.splice(0, messages.length, ...messages.filter((m) => activities.includes(m)));
      }
      if (!context.turnState.get(REPEATING)) {
        // Everything the turn said (the lookup result and then its menu), not only its last batch.
        const said = (context.turnState.get(SAID) as Partial<Activity>[] | undefined) ?? [];
        said.push(...messages);
        context.turnState.set(SAID, said);
        // The welcome is said again without its notice that this is a computer (heard once is enough).
        const prompt = repeatablePrompt(said);
        const welcome = context.activity.type === 'conversationUpdate';
        memory.lastPrompt = { messages: welcome ? withoutOpening(prompt) : prompt, locale };
      }
    }
  }
}
