import type { TurnContext } from 'botbuilder';
import { type DialogContext, type DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { languageNamings, saysNationality, withoutLanguageNames } from '../domain/language/languageNaming';
import { SUPPORTED_LOCALES, type Locale } from '../domain/language/locale';
import { requestedLocale } from '../domain/language/requestedLocale';
import { cjibPageIn, unsupportedLanguageNamed } from '../domain/language/unsupportedLanguage';
import { ownLanguageNoticeKey } from '../domain/language/otherLanguageHardship';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { askAboutPerson } from './personQuestion';
import { isSpeechTurn, replaceTurnRecognition, say, text, turnLocale, turnRecognition } from './turn';

/** The name of a language not spoken here, in the turn's language ("Turks", "Turkish", "Türkisch", "turecki"). */
export function otherLanguageName(context: TurnContext, language: string): string | undefined {
  try {
    return new Intl.DisplayNames([turnLocale(context)], { type: 'language' }).of(language);
  } catch {
    return undefined;
  }
}

/** The CJIB's page in that language, when it has one (DOMAIN.md §5), as a sentence; else empty. */
function sitePointer(context: TurnContext, deps: DialogDeps, language: string): string {
  const url = cjibPageIn(language);
  const name = otherLanguageName(context, language);
  return url && name ? text(context, deps, 'common:language.site', { language: name, url }) : '';
}

/**
 * One short fixed sentence in the citizen's own language (what is spoken here, and that a member of
 * staff can help), when there is one for it; not read aloud (the voice speaks the conversation's language).
 */
export function ownLanguageSentence(context: TurnContext, deps: DialogDeps, language: string): string {
  const key = ownLanguageNoticeKey(language);
  return key && !isSpeechTurn(context) ? deps.localizer.t(turnLocale(context), key) : '';
}

/**
 * "Sorry, I do not speak Turkish. I can help you in …": first a sentence in the citizen's own
 * language, the language named when it can be, and the CJIB's page in it when there is one.
 */
export function languagesNotice(context: TurnContext, deps: DialogDeps, language: string): string {
  const name = otherLanguageName(context, language);
  const notice =
    name && !isSpeechTurn(context)
      ? text(context, deps, 'common:language.otherNamed', { language: name })
      : text(context, deps, 'common:language.other');
  const english = [notice, sitePointer(context, deps, language)].filter(Boolean).join(' ');
  return [ownLanguageSentence(context, deps, language), english].filter(Boolean).join('\n\n');
}

const HARDSHIP = Symbol('hardshipInOtherLanguage');

/** This turn's message, in that language, says the citizen cannot pay: the fallback offers a person. */
export function markHardshipInOtherLanguage(context: TurnContext, language: string): void {
  context.turnState.set(HARDSHIP, language);
}

export function hardshipLanguageThisTurn(context: TurnContext): string | undefined {
  return context.turnState.get(HARDSHIP) as string | undefined;
}

/**
 * "Я біженець і не маю грошей": a citizen in another language who cannot pay is offered a person at
 * once (yes/no), after the notice on languages, not asked to write again in a language they may not read.
 */
export async function offerPersonForHardship(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
  language: string,
): Promise<void> {
  data.personOffered = true;
  data.misunderstandings = 0;
  await askAboutPerson(
    context,
    deps,
    `${languagesNotice(context, deps, language)}\n\n${text(context, deps, 'guidance:otherLanguage.hardship')}`,
  );
}

/**
 * "Türkçe", "Turkish please", "vous parlez français ?": that language is not available, kindly, with
 * the four languages and a person to choose from.
 */
export async function sayLanguageUnavailable(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
  language: string,
): Promise<void> {
  const locale = turnLocale(context);
  const name = otherLanguageName(context, language) ?? language;
  await say(context, deps, {
    text: [
      ownLanguageSentence(context, deps, language),
      [text(context, deps, 'common:language.unavailable', { language: name }), sitePointer(context, deps, language)]
        .filter(Boolean)
        .join(' '),
    ]
      .filter(Boolean)
      .join('\n\n'),
    choices: [
      ...SUPPORTED_LOCALES.map((l: Locale) => ({
        value: l,
        title: deps.localizer.t(l, 'common:language.name'),
      })),
      {
        value: deps.localizer.t(locale, 'common:choice.human'),
        title: deps.localizer.t(locale, 'common:choice.human'),
      },
    ],
    expectsInput: true,
  });
  data.pendingClarification = ['change_language'];
}

/** A language not spoken here asked for ("Türkçe var mı?"): said to be unavailable; true when it was. */
export async function answerUnavailableLanguage(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
): Promise<boolean> {
  const language =
    recognition.intent === 'change_language' ? unsupportedLanguageNamed(recognition.text) : undefined;
  if (!language) return false;
  await sayLanguageUnavailable(context, deps, await deps.state.conversation.get(context, {}), language);
  return true;
}

/**
 * A second message in a language not spoken here: a person offered at once (as a yes/no choice),
 * after a short notice in each supported language, instead of asking to write in English or Dutch again.
 */
export async function offerPersonForOtherLanguage(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
): Promise<void> {
  const locale = turnLocale(context);
  const notices = [locale, ...SUPPORTED_LOCALES.filter((l) => l !== locale)].map((l) =>
    deps.localizer.t(l, 'common:language.onlyThese'),
  );
  data.personOffered = true;
  data.misunderstandings = 0;
  await askAboutPerson(
    context,
    deps,
    `${notices.join('\n')}\n${text(context, deps, 'common:language.offerPersonOther')}`,
  );
}

/**
 * The recogniser files "I got a letter in Dutch" under a change of language because a language is
 * named: when no language is asked for (it is described, or a thing's), the next interpretation is
 * taken. "Türkçe", "Turkish please" ask for a language not spoken here: a change of language.
 */
export async function correctLanguageRequest(
  context: TurnContext,
  deps: DialogDeps,
  said: string,
): Promise<void> {
  const recognition = await turnRecognition(context, deps);
  const unsupported = unsupportedLanguageNamed(said);
  const asksPerson = recognition.intent === 'human_agent' && recognition.score >= deps.confidenceThreshold;
  if (unsupported && recognition.intent !== 'change_language' && !asksPerson) {
    if (said.split(/\s+/).length <= SHORT_MESSAGE_WORDS || /\?/.test(said))
      replaceTurnRecognition(context, recognizedAs(recognition, 'change_language', 1));
    return;
  }
  if (unsupported || requestedLocale(said)) return;
  const asksLanguage = recognition.intent === 'change_language';
  // (A message the recogniser is unsure of may be unsure because of a nationality: "I am Polish, I got
  // a fine"; a country's name, "z Polski", is part of the question.)
  if (!asksLanguage && (recognition.score >= deps.confidenceThreshold || !saysNationality(said))) return;
  const namings = languageNamings(said);
  // Only a thing's language ("the letter is in Dutch"); "zet het gesprek in het Engels" stays a request.
  if (namings.length === 0 || namings.some((n) => n.kind !== 'described')) return;
  // What the message says without the names, when that is clear.
  const rest = await deps.recognizer.recognize(withoutLanguageNames(said), turnLocale(context));
  const next =
    rest.intent !== 'change_language' && rest.intent !== 'none' && rest.score >= deps.confidenceThreshold
      ? rest
      : asksLanguage
        ? recognition.ranked.find((r) => r.intent !== 'change_language')
        : undefined;
  if (!asksLanguage && !next) return;
  replaceTurnRecognition(
    context,
    next && next.score > 0
      ? recognizedAs(recognition, next.intent, next.score)
      : recognizedAs(recognition, 'none', 0),
  );
}

/** Up to here a message naming another language is about that language ("Turkish please", "Türkçe var mı"). */
const SHORT_MESSAGE_WORDS = 4;

/**
 * The same message recognised as another intent, first in the ranking too. (The ranking is not
 * enumerable on a turn's recognition, so a spread copy would lose it.)
 */
export function recognizedAs(recognition: Recognition, intent: IntentId, score: number): Recognition {
  const ranked = [{ intent, score }, ...(recognition.ranked ?? []).filter((r) => r.intent !== intent)];
  return { ...recognition, intent, score, ranked };
}

const AGAIN = Symbol('otherLanguageAgain');

/** This turn's message is again in a language not spoken here, and could not be placed. */
export function markOtherLanguageAgain(context: TurnContext): void {
  context.turnState.set(AGAIN, true);
}

export function otherLanguageAgainThisTurn(context: TurnContext): boolean {
  return context.turnState.get(AGAIN) === true;
}

/**
 * A flow's question answered again in a language not spoken here ("anlamadım" at the CJIB number):
 * the flow cannot go on, so it ends and a person is offered (a yes next takes the offer).
 */
export async function leaveFlowForPersonOffer(
  innerDc: DialogContext,
  deps: DialogDeps,
): Promise<DialogTurnResult | undefined> {
  if (!otherLanguageAgainThisTurn(innerDc.context)) return undefined;
  await offerPersonForOtherLanguage(
    innerDc.context,
    deps,
    await deps.state.conversation.get(innerDc.context, {}),
  );
  await innerDc.cancelAllDialogs();
  return { status: DialogTurnStatus.complete, result: {} };
}
