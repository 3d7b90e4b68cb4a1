import type { TurnContext } from 'botbuilder';
import { SUPPORTED_LOCALES, toLocale, type Locale } from '../domain/language/locale';
import { languageInsteadOf } from '../domain/language/languageSwitchRequest';
import { movesLanguage } from '../domain/language/languageMoveRule';
import { isQuestion } from '../domain/knowledge/questionForm';
import { saysLetterInDutch } from '../domain/knowledge/contactLetterAsks';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import { askingPartOf, questionBesideLanguage } from '../domain/language/questionBesideLanguage';
import { fallbackLocaleFor, otherLanguageOf } from '../domain/language/otherLanguage';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from '../dialogs/dialogDeps';
import { placeForeignQuestion } from '../dialogs/foreignQuestion';
import { markLanguageMoved } from '../dialogs/languageMove';
import {
  correctLanguageRequest,
  languagesNotice,
  markOtherLanguageAgain,
  markHardshipInOtherLanguage,
  recognizedAs,
} from '../dialogs/otherLanguageNotice';
import { saysHardshipInOtherLanguage } from '../domain/language/otherLanguageHardship';
import { saysYesInOtherLanguage } from '../domain/language/otherLanguageYes';
import {
  isSpeechTurn,
  markLanguagesTold,
  replaceTurnRecognition,
  say,
  setTurnLocale,
  text,
  turnLocale,
  turnRecognition,
} from '../dialogs/turn';
import { asksForPersonInOtherLanguage } from '../domain/language/unsupportedLanguage';

/**
 * Beside "I do not speak Dutch": a question of its own or a request ("…, can I pay in instalments?",
 * "…, I want to pay in instalments"), not only that a letter came (which the letter's answer covers).
 */
function asksMoreThanTheLetter(beside: string, rest: Recognition): boolean {
  return isQuestion(beside) || !['fine_status', 'greeting'].includes(rest.intent);
}

/** A detected language wins over the channel's locale only when the detector is this sure. */
const DETECTION_CONFIDENCE = 0.75;
/** Words a message needs before its language may change a conversation's established language. */
const MIN_WORDS_TO_SWITCH = 3;
/** Words a message needs before its language may override the citizen's explicit choice. */
const MIN_WORDS_AFTER_CHOICE = 4;
const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u4e00-\u9fff]/;

/**
 * The language of a turn: the citizen's choice, the conversation's, the channel's or the default, and
 * a move to another language when the citizen writes it (or says they do not speak this one). A
 * language the assistant does not speak is answered with the languages it does, and a person.
 */
export class TurnLanguage {
  constructor(
    private readonly deps: DialogDeps,
    private readonly defaultLocale: Locale,
  ) {}

  /**
   * The citizen's choice, else the conversation's language, the channel's, the default; a clear
   * sentence in another supported language moves the conversation to it (also after a choice). A
   * message in a language the assistant does not speak keeps the language the citizen wrote before
   * (English when none), after saying once which languages it speaks.
   */
  async resolve(context: TurnContext): Promise<Locale> {
    // Read without a default: an empty profile would otherwise be written for every new citizen.
    const profile = (await this.deps.state.user.get(context)) ?? {};
    const data = await this.deps.state.conversation.get(context, {});
    const channelLocale = context.activity.locale;
    let locale =
      profile.locale ??
      data.locale ??
      toLocale(channelLocale) ??
      fallbackLocaleFor(channelLocale) ??
      this.defaultLocale;
    setTurnLocale(context, locale);
    const text = context.activity.type === 'message' ? (context.activity.text ?? '').trim() : '';
    if (text) {
      // "I got a letter in Dutch" asks for no language; "Türkçe var mı?" asks for one not spoken here.
      await correctLanguageRequest(context, this.deps, text);
      const detected = (await turnRecognition(context, this.deps)).language;
      const words = text.split(/\s+/).length;
      // Once a conversation has a language, a loan word ("thanks", "ok") does not switch it: that
      // takes a sentence; after an explicit choice, a longer one.
      const minWords = profile.locale
        ? MIN_WORDS_AFTER_CHOICE
        : data.locale !== undefined
          ? MIN_WORDS_TO_SWITCH
          : 0;
      // Another script says it in one word ("موظف"); Latin letters need a sentence once a language is set.
      // From a citizen who wrote another language before, one word of it is enough ("anlamadım").
      const writesOther = data.toldOtherLanguage === true;
      const instead = languageInsteadOf(text, locale);
      // Two words with a question mark are a question ("Comment payer?"), after a hello too.
      const asksShortly = words >= 2 && text.endsWith('?');
      const other =
        words >= minWords || asksShortly || NON_LATIN.test(text) || writesOther
          ? otherLanguageOf(text, writesOther)
          : undefined;
      if (other) {
        // The language the citizen chose or wrote before; after only a hello ("Bonjour", "hallo") the
        // channel's language says nothing of what they read: English, as for a first message.
        const kept = profile.locale ?? (data.wroteLocale || isSpeechTurn(context) ? data.locale : undefined);
        locale = kept ?? 'en';
        setTurnLocale(context, locale);
        data.otherLanguage = other;
        // "Cezamı taksitle ödeyebilir miyim?": placed from its English gloss, so it is answered.
        const placed = await placeForeignQuestion(context, this.deps);
        // "Так" to the person offered: the person.
        const accepts = data.personOffered === true && saysYesInOtherLanguage(text);
        if (writesOther && !accepts) await this.writesOtherAgain(context, placed);
        await this.personAskedInOtherLanguage(context, text);
        if (accepts) await this.personAccepted(context);
        // "Я біженець і не маю грошей": a person at once, not a request to write again in English.
        // (Placed as not being able to pay, its answer offers a person itself.)
        if (saysHardshipInOtherLanguage(text) && !(await this.placedAs(context, 'cannot_pay')))
          await this.offerPersonForHardship(context, other);
        else if (!data.toldOtherLanguage) await this.tellLanguages(context, placed, other);
        data.toldOtherLanguage = true;
      } else if (instead) {
        // "Sorry, I don't speak Dutch" on a Dutch conversation: the citizen's own language, at once.
        locale = instead;
        setTurnLocale(context, locale);
        if (profile.locale) profile.locale = locale;
        if (data.locale !== undefined) markLanguageMoved(context);
        await this.recognizeQuestionBeside(context, text);
      } else if (
        detected &&
        // On a call, once it has a language, the caller changes it by asking (handled by the dialogs) or by
        // saying they do not speak it: a recogniser's writing of a spelled postcode ("8911 a be") is no sentence.
        !(isSpeechTurn(context) && data.locale !== undefined) &&
        words >= minWords &&
        detected.confidence >= DETECTION_CONFIDENCE &&
        detected.locale !== locale
      ) {
        // One message in another language is answered in it, but keeps the conversation's language
        // (the next message in that language goes on in it); two in a row move it, and that is said.
        const established = data.locale !== undefined;
        if (!movesLanguage(established, data.languageSeen, detected.locale)) {
          data.languageSeen = detected.locale;
          // "Ja graag, vraag maar aan" in an English conversation is a yes to its question: the reply stays
          // in the conversation's language (a question or a request in another language is answered in that one).
          const recognition = await turnRecognition(context, this.deps);
          if (recognition.entities.yesNo !== undefined && !isQuestion(text)) return locale;
          setTurnLocale(context, detected.locale);
          markLanguageMoved(context);
          return detected.locale;
        } else {
          data.languageSeen = undefined;
          data.wroteLocale = true;
          locale = detected.locale;
          setTurnLocale(context, locale);
          // The citizen now writes this language: it is their language from now on.
          if (profile.locale) profile.locale = locale;
          if (established) {
            markLanguageMoved(context);
            await say(context, this.deps, {
              text: this.deps.localizer.t(locale, 'common:language.continued'),
            });
          }
        }
      } else {
        // A message in the conversation's own language: a single one in another before it was no move.
        if (detected?.locale === locale && detected.confidence >= DETECTION_CONFIDENCE) {
          data.languageSeen = undefined;
          data.wroteLocale = true;
        }
        await this.personAskedInOtherLanguage(context, text);
      }
    }
    if (text) data.locale = locale;
    return locale;
  }

  /**
   * "Sorry, I don't speak Dutch, how do I pay?": the question beside the language is what the turn
   * answers, when the recogniser is sure of it (the whole message reads as a change of language), after
   * saying that the conversation goes on in this language, as the router's own change of language does.
   * "Ich spreche kein Holländisch, ich habe einen Brief vom CJIB bekommen" asks nothing more than what
   * a letter in Dutch is: the whole message is that question (its answer says the assistant goes on in
   * this language and what it can do), not a bare lookup started from its rest.
   */
  private async recognizeQuestionBeside(context: TurnContext, text: string): Promise<void> {
    const locale = turnLocale(context);
    const noDutch = saysLetterInDutch(normalizeQuestion(text));
    const said = questionBesideLanguage(text);
    // ("…, I got a letter, how can I pay?": the question, not the letter, which reads as a lookup.)
    const beside = noDutch && said ? (askingPartOf(said) ?? said) : said;
    const rest = beside ? await this.deps.recognizer.recognize(beside, locale) : undefined;
    const sure = rest !== undefined && rest.intent !== 'none' && rest.score >= this.deps.confidenceThreshold;
    if (noDutch && !(sure && asksMoreThanTheLetter(beside ?? '', rest))) {
      replaceTurnRecognition(context, await this.deps.recognizer.recognize(text, locale));
      return;
    }
    if (!sure) return;
    replaceTurnRecognition(context, rest);
    await say(context, this.deps, { text: this.deps.localizer.t(locale, 'common:language.continued') });
  }

  /** "Yetkili", "людина будь ласка", "une personne": a person asked for in another language. */
  private async personAskedInOtherLanguage(context: TurnContext, text: string): Promise<void> {
    if (!asksForPersonInOtherLanguage(text)) return;
    const recognition = await turnRecognition(context, this.deps);
    replaceTurnRecognition(context, recognizedAs(recognition, 'human_agent', 1));
  }

  /**
   * "I do not speak that language; I can help in …", with the four languages to choose from; a
   * question not placed (not even from its gloss) is asked again in English or Dutch in the same
   * message (a second message would hide the menu of languages from a number typed next).
   */
  private async tellLanguages(context: TurnContext, placed: boolean, language: string): Promise<void> {
    const recognition = await turnRecognition(context, this.deps);
    // "Parlez-vous anglais ?", "Türkçe biliyor musunuz?" are answered by the router's language change itself.
    if (recognition.intent === 'change_language') return;
    const t = (lng: Locale, key: string): string => this.deps.localizer.t(lng, key);
    await say(context, this.deps, {
      text: [
        languagesNotice(context, this.deps, language),
        placed ? '' : text(context, this.deps, 'guidance:otherLanguage.repeat'),
      ]
        .filter(Boolean)
        .join(' '),
      choices: [
        ...SUPPORTED_LOCALES.map((lng) => ({
          value: t(lng, 'common:language.name'),
          title: t(lng, 'common:language.name'),
        })),
        // A person, always: a citizen who reads none of the four languages has no other way on.
        {
          value: text(context, this.deps, 'common:choice.human'),
          title: text(context, this.deps, 'common:choice.human'),
        },
      ],
    });
    // After the menu: no other menu in this turn (a number typed next must pick a language).
    markLanguagesTold(context);
  }

  /**
   * A second message in a language not spoken here: a person offered at once (see misunderstanding.ts),
   * also when its gloss places it: an answer in English helps no one who wrote twice in another language.
   * A language or a person asked for is taken as asked.
   */
  private async writesOtherAgain(context: TurnContext, placed: boolean): Promise<void> {
    const recognition = await turnRecognition(context, this.deps);
    if (recognition.intent === 'change_language' || recognition.intent === 'human_agent') return;
    markOtherLanguageAgain(context);
    if (placed) replaceTurnRecognition(context, recognizedAs(recognition, 'none', 0));
  }

  private async placedAs(context: TurnContext, intent: string): Promise<boolean> {
    const recognition = await turnRecognition(context, this.deps);
    return recognition.intent === intent && recognition.score >= this.deps.confidenceThreshold;
  }

  private async personAccepted(context: TurnContext): Promise<void> {
    const recognition = await turnRecognition(context, this.deps);
    replaceTurnRecognition(context, recognizedAs(recognition, 'human_agent', 1));
  }

  /** The notice on languages with a person offered (yes/no); the dialogs add nothing to it this turn. */
  private async offerPersonForHardship(context: TurnContext, language: string): Promise<void> {
    const recognition = await turnRecognition(context, this.deps);
    if (recognition.intent === 'human_agent' && recognition.score >= this.deps.confidenceThreshold) return;
    // (Offered by the fallback, after the offer state of the turn is read: see misunderstanding.ts.)
    markHardshipInOtherLanguage(context, language);
    replaceTurnRecognition(context, recognizedAs(recognition, 'none', 0));
  }
}
