import type { TurnContext } from 'botbuilder';
import { foreignGloss } from '../domain/language/foreignGloss';
import { saysLetterInDutch } from '../domain/knowledge/contactLetterAsks';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import { askingPartOf } from '../domain/language/questionBesideLanguage';
import { SMALL_TALK } from '../domain/language/smallTalkIntents';
import type { DialogDeps } from './dialogDeps';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import type { Locale } from '../domain/language/locale';
import { answerTopic } from './faqAnswer';
import { recognizedAs } from './otherLanguageNotice';
import { markGlossedQuestion } from './glossedQuestion';
import { replaceTurnRecognition, say, turnRecognition } from './turn';

/**
 * A message in a language not spoken here that the recogniser cannot place as it stands ("Merhaba,
 * CJIB cezamı taksitle ödeyebilir miyim?"): recognised again from its English gloss, and when that
 * places it, the turn goes on with the glossed recognition, so the question is answered in English
 * after the note on languages instead of being dropped. Otherwise the recognition stays as it was
 * (and the fallback asks for the question in English or Dutch, see misunderstanding.ts).
 */
export async function placeForeignQuestion(context: TurnContext, deps: DialogDeps): Promise<boolean> {
  const recognition = await turnRecognition(context, deps);
  const data = await deps.state.conversation.get(context, {});
  data.foreignQuestion = undefined;
  // This turn's number (the bot counts it after the language is decided).
  const turn = (data.turns ?? 0) + 1;
  const placedAsIs = recognition.intent !== 'none' && recognition.score >= deps.confidenceThreshold;
  const gloss = foreignGloss(recognition.text);
  // "No hablo holandés, tengo una carta del CJIB": the answer on a letter in Dutch, in English, whatever
  // the message reads as it stands (a change of language, a lost letter: "Hollandaca bilmiyorum").
  if (gloss && saysLetterInDutch(normalizeQuestion(gloss))) {
    // "…, tengo una carta, ¿cómo puedo pagar?": the question beside it is what is answered.
    const question = askingPartOf(recognition.text);
    const questionGloss = question ? foreignGloss(question) : undefined;
    const asks = questionGloss ? await deps.recognizer.recognize(questionGloss, 'en') : undefined;
    if (
      questionGloss &&
      asks &&
      asks.intent !== 'none' &&
      asks.intent !== 'change_language' &&
      asks.score >= deps.confidenceThreshold &&
      !SMALL_TALK.has(asks.intent)
    ) {
      replaceTurnRecognition(context, { ...asks, language: recognition.language });
      markGlossedQuestion(context, questionGloss);
      data.foreignQuestion = { text: questionGloss, turn };
      return true;
    }
    const letter = await deps.recognizer.recognize(gloss, 'en');
    // (Its gloss reads as a change of language to the recogniser: the cues of the question place it.)
    const asked = letter.intent === 'change_language' ? recognizedAs(letter, 'none', 0) : letter;
    replaceTurnRecognition(context, { ...asked, language: recognition.language });
    markGlossedQuestion(context, gloss);
    data.foreignQuestion = { text: gloss, turn };
    return true;
  }
  // "Bonjour, j'ai une amende": the hello is placed, but the fine is what the message is about.
  if (placedAsIs && !SMALL_TALK.has(recognition.intent)) {
    data.foreignQuestion = { text: recognition.text, turn };
    return true;
  }
  const again = gloss ? await deps.recognizer.recognize(gloss, 'en') : undefined;
  if (
    !gloss ||
    !again ||
    again.intent === 'none' ||
    again.score < deps.confidenceThreshold ||
    SMALL_TALK.has(again.intent)
  ) {
    if (placedAsIs) data.foreignQuestion = { text: recognition.text, turn };
    return placedAsIs;
  }
  replaceTurnRecognition(context, { ...again, language: recognition.language });
  markGlossedQuestion(context, gloss);
  data.foreignQuestion = { text: gloss, turn };
  return true;
}

/**
 * The question asked in another language on the message just before, answered in English from the
 * knowledge base: when the citizen then chooses Dutch, German or Polish from the languages offered,
 * that answer again in the language chosen. True when answered. (A flow started by it asks its own
 * question again in the new language itself.)
 */
export async function answerForeignQuestionAgain(
  context: TurnContext,
  deps: DialogDeps,
  chosen: Locale,
): Promise<boolean> {
  const data = await deps.state.conversation.get(context, {});
  const pending = data.foreignQuestion;
  data.foreignQuestion = undefined;
  if (!pending || chosen === 'en' || data.turns !== pending.turn + 1) return false;
  const recognition = await deps.recognizer.recognize(pending.text, chosen);
  const placed = recognition.intent !== 'none' && recognition.score >= deps.confidenceThreshold;
  const route = routeKnowledge(recognition, placed ? recognition.intent : undefined);
  if (route.kind !== 'topic') return false;
  const t = (key: string): string => deps.localizer.t(chosen, key);
  await say(context, deps, {
    text: `${t('common:language.continued')} ${t('guidance:otherLanguage.again')}`,
  });
  // (answerTopic's result says whether a shortened spoken version was given, not whether it answered.)
  await answerTopic(context, deps, route.topicId);
  return true;
}
