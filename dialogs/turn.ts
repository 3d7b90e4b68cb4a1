import type { TurnContext } from 'botbuilder';
import { type Locale } from '../domain/language/locale';
import type { Recognition } from '../domain/ports/recognizer';
import type { ChannelInfo, Reply } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';

const LOCALE = Symbol('turn.locale');
const RECOGNITION = Symbol('turn.recognition');

/** The locale of this turn, decided once by the turn pipeline (user choice > detected > activity > default). */
export function setTurnLocale(context: TurnContext, locale: Locale): void {
  context.turnState.set(LOCALE, locale);
}

const LANGUAGES_TOLD = Symbol('languagesTold');

/** This turn told a citizen writing in another language which languages are spoken (with a menu of them). */
export function markLanguagesTold(context: TurnContext): void {
  context.turnState.set(LANGUAGES_TOLD, true);
}

export function languagesToldThisTurn(context: TurnContext): boolean {
  return context.turnState.get(LANGUAGES_TOLD) === true;
}

/** The turn's locale when the pipeline got as far as deciding it, else the fallback. */
export function turnLocaleOr(context: TurnContext, fallback: Locale): Locale {
  return (context.turnState.get(LOCALE) as Locale | undefined) ?? fallback;
}

export function turnLocale(context: TurnContext): Locale {
  const locale = context.turnState.get(LOCALE) as Locale | undefined;
  if (!locale) throw new Error('turn locale not set: the turn pipeline sets it before dialogs run');
  return locale;
}

/** Set by the channel layer on a message that held only "uhm", "eh": no answer yet, and no empty message either. */
export const FILLER_ONLY = Symbol.for('cjib.fillerOnly');

const SPEECH_CHANNELS = new Set(['telephony', 'alexa', 'directlinespeech']);

/** Whether the citizen talks by voice: the phone channel, or an activity that marks speech. */
export function isSpeechTurn(context: TurnContext): boolean {
  const activity = context.activity;
  if (SPEECH_CHANNELS.has(activity.channelId)) return true;
  const entities = (activity.entities ?? []) as { type?: string }[];
  return entities.some((e) => typeof e?.type === 'string' && /speech|voice/i.test(e.type));
}

export function turnChannel(context: TurnContext): ChannelInfo {
  return { channelId: context.activity.channelId, locale: turnLocale(context), speech: isSpeechTurn(context) };
}

/** Recognises the turn's message once; every dialog that asks gets the same result. */
export async function turnRecognition(context: TurnContext, deps: DialogDeps): Promise<Recognition> {
  const cached = context.turnState.get(RECOGNITION) as Recognition | undefined;
  if (cached) return cached;
  const text = (context.activity.text ?? '').trim();
  const result = withUnsavedRanking(await deps.recognizer.recognize(text, turnLocale(context)));
  context.turnState.set(RECOGNITION, result);
  return result;
}

/** This turn's recognition from now on (a message in another language, recognised again from its gloss). */
export function replaceTurnRecognition(context: TurnContext, recognition: Recognition): void {
  context.turnState.set(RECOGNITION, withUnsavedRanking(recognition));
}

/**
 * Dialogs keep the recognition that started them in their options, so it is saved with the dialog
 * state and hashed, read and written on every later turn. The full ranking of every intent is most
 * of it and is only read on the turn itself (routing, clarification), so it stays off the stored
 * copy: not enumerable, hence left out of JSON and BSON.
 */
function withUnsavedRanking(recognition: Recognition): Recognition {
  return Object.defineProperty({ ...recognition }, 'ranked', {
    value: recognition.ranked,
    enumerable: false,
    writable: true,
    configurable: true,
  });
}

/** Renders a channel-neutral reply for this turn's channel and sends it. */
export async function say(context: TurnContext, deps: DialogDeps, reply: Reply): Promise<void> {
  // The languages were offered as a menu this turn (on screen, in numbered text or spoken): no second
  // menu, and "1" next still picks a language.
  const shown = languagesToldThisTurn(context) ? { ...reply, choices: undefined, expectsInput: false } : reply;
  await context.sendActivity(deps.renderer.render(shown, turnChannel(context)));
}

/** Suffix of a text's spoken variant: `lookup:number.retry` → `lookup:number.retrySpeech`. */
export const SPEECH_VARIANT_SUFFIX = 'Speech';

/**
 * The key to say on this turn: a caller cannot type, so on a speech turn a text that tells the
 * citizen to type ("Typ de cijfers") has a spoken sibling (`…Speech`: "zeg of toets de cijfers")
 * that is used instead. Every other key, and every key on a chat channel, stays as it is.
 */
export function turnKey(context: TurnContext, deps: DialogDeps, key: string): string {
  if (!isSpeechTurn(context)) return key;
  const spoken = `${key}${SPEECH_VARIANT_SUFFIX}`;
  return deps.localizer.has(turnLocale(context), spoken) ? spoken : key;
}

/** Shorthand for a reply that is one localised text (its spoken variant on the phone, see turnKey). */
export function text(context: TurnContext, deps: DialogDeps, key: string, vars?: Record<string, unknown>): string {
  return deps.localizer.t(turnLocale(context), turnKey(context, deps, key), vars);
}
