import type { TurnContext } from 'botbuilder';
import { SUPPORTED_LOCALES, type Locale } from '../domain/language/locale';
import { mentionedLocaleOf } from '../domain/language/languageNaming';
import { requestedLocale } from '../domain/language/requestedLocale';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { answerForeignQuestionAgain } from './foreignQuestion';
import { chooseLanguage } from './languageChoice';
import { sayLanguageUnavailable } from './otherLanguageNotice';
import { otherLanguageOf } from '../domain/language/otherLanguage';
import { unsupportedLanguageNamed } from '../domain/language/unsupportedLanguage';
import { askAboutPerson } from './personQuestion';
import { say, turnLocale } from './turn';

/**
 * "Can we speak English?" while a person is offered: the offer still stands, now in the citizen's
 * language, so their "yes" takes it; after distress with the kindness and 113 again.
 */
async function offerPersonAgain(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
  locale: Locale,
): Promise<void> {
  const t = (key: string): string => deps.localizer.t(locale, key);
  data.personOffered = true;
  const question =
    data.handoffReason === 'distress'
      ? `${t('common:language.continued')} ${t('handoff:distress.offer')}`
      : t('common:language.offerPerson');
  await askAboutPerson(context, deps, question, locale);
}

/**
 * A change of language asked for: to the language named, or the question which one (the choice is
 * then the one offered intent).
 */
export async function changeLanguage(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
  personOfferStands: boolean,
  /** A question asked in the same message ("ok english then, why so high?"): it is answered next. */
  questionFollows = false,
): Promise<void> {
  // (Only a language asked for, or named where the recogniser is sure a language is asked for.)
  const wanted = requestedLocale(recognition.text) ?? mentionedLocaleOf(recognition.text);
  // "Türkçe", "vous parlez français ?": not spoken here; the four languages and a person instead.
  // "No hablo inglés": written in a language not spoken here, which is the language meant.
  const unavailable = wanted
    ? undefined
    : (unsupportedLanguageNamed(recognition.text) ?? otherLanguageOf(recognition.text, data.toldOtherLanguage === true));
  if (unavailable) return sayLanguageUnavailable(context, deps, data, unavailable);
  if (!wanted) {
    const locale = turnLocale(context);
    await say(context, deps, {
      text: deps.localizer.t(locale, 'common:language.ask'),
      choices: SUPPORTED_LOCALES.map((l) => ({
        value: l,
        title: deps.localizer.t(l, 'common:language.name'),
      })),
      expectsInput: true,
    });
    data.pendingClarification = ['change_language'];
    return;
  }
  await chooseLanguage(context, deps, wanted);
  if (personOfferStands) return offerPersonAgain(context, deps, data, wanted);
  // "Nederlands" from the languages offered under a question answered in English: that answer again.
  if (await answerForeignQuestionAgain(context, deps, wanted)) return;
  await say(context, deps, {
    text: deps.localizer.t(wanted, questionFollows ? 'common:language.continued' : 'common:language.changed'),
  });
}
