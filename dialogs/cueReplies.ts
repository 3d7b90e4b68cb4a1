import type { TurnContext } from 'botbuilder';
import { asksWhenStaffCall } from '../domain/handoff/callbackTiming';
import { asksIfAssistantIsHuman } from '../domain/language/assistantIdentity';
import { asksIfSure } from '../domain/language/doubtQuestion';
import { chitChatOf, saysNotMeant } from '../domain/language/conversationCues';
import { saysNotUnderstood, saysOnlyDontKnow } from '../domain/language/dontKnow';
import { asksAboutLetterLanguage, negatedLanguageOf } from '../domain/language/languageNaming';
import { doesNotUnderstandLetter } from '../domain/language/letterConfusion';
import type { IntentId } from '../domain/language/intents';
import { SMALL_TALK } from '../domain/language/smallTalkIntents';
import { asksToWait } from '../domain/language/waitRequest';
import { wantsItToStop } from '../domain/language/wantsItToStop';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { offeredChoices } from './offerAnswer';
import { askAboutPerson } from './personQuestion';
import { asksForPerson } from '../domain/handoff/personRequest';
import { replyToStaffLanguage } from './staffLanguageReply';
import { sayCapabilities } from './smallTalk';
import { say, text, turnLocale } from './turn';
import { specificAsk } from '../domain/knowledge/specificAsks';

/*
 * Messages answered by what they say, whatever the recogniser makes of them: a reply each, no flow.
 * Each function tells whether it replied.
 */

/** "Momentje": nothing to route; what was offered before still stands. */
export async function replyToWait(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
): Promise<boolean> {
  if (!asksToWait(recognition.text)) return false;
  await say(context, deps, { text: deps.localizer.t(turnLocale(context), 'common:wait.reply') });
  return true;
}

/** 'When will you call me back?' after a callback request: when, not a clarifying question. */
export async function replyWhenStaffCall(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  if (!data.callbackPart || !asksWhenStaffCall(recognition.text)) return false;
  const when = deps.localizer.t(turnLocale(context), `handoff:callback.when.${data.callbackPart}`);
  await say(context, deps, { text: when });
  return true;
}

/** Sorry, and the offer of a person as the one offered intent, so "ja" takes it and "nee" asks what else. */
export async function offerPersonAfterFrustration(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
): Promise<void> {
  data.misunderstandings = 0;
  data.pendingClarification = ['human_agent'];
  await askAboutPerson(context, deps, deps.localizer.t(turnLocale(context), 'common:frustration.offer'));
}

/** A letter not understood: look it up, the common kinds of letter the knowledge explains, or a person. */
const LETTER_CHOICES: readonly IntentId[] = [
  'fine_status',
  'reminder_increase',
  'criminal_sanction',
  'human_agent',
];

/**
 * A letter not understood, not understanding the assistant, "not what I meant", small talk and "am I talking to a robot?".
 * `offered` is what the previous turn offered (a language choice excluded).
 */
export async function replyToCue(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
  intent: IntentId | undefined,
  offered: IntentId[] | undefined,
): Promise<boolean> {
  // "Ik snap de brief niet": the letter, not the assistant, is unclear. Its meaning comes with the lookup.
  // "My letter is in Dutch, can you explain it?", "translate the letter": the same help with the letter.
  // (A question with a precise answer of its own is not a letter not understood: "the letter went to my
  // old address in Poland, can I pay here?")
  const letterHelp = doesNotUnderstandLetter(recognition.text) || asksAboutLetterLanguage(recognition.text);
  if (letterHelp && !specificAsk(recognition.text)) {
    data.misunderstandings = 0;
    data.pendingClarification = [...LETTER_CHOICES];
    await say(context, deps, {
      // Once identified, the number is not asked again: the fines are shown once more.
      text: text(context, deps, data.identified ? 'lookup:letter.explainKnown' : 'lookup:letter.explain'),
      choices: offeredChoices(context, deps, LETTER_CHOICES),
      expectsInput: true,
    });
    return true;
  }
  // "Ik wil gewoon dat het stopt" right after the noodstop answer: that pause, which staff arrange
  // (kindly, with a person offered); not "stop what?" or a guess.
  if (data.lastIntent === 'cannot_pay' && wantsItToStop(recognition.text)) {
    data.misunderstandings = 0;
    data.pendingClarification = undefined;
    data.personOffered = true;
    await askAboutPerson(context, deps, text(context, deps, 'common:noodstop.pause'));
    return true;
  }
  // "Keine Ahnung", "geen idee" with nothing asked (or to the welcome): what the assistant can do, not a guess.
  const nothingOpen = !offered?.length && (!data.personOffered || data.turns === 1);
  if (nothingOpen && (intent === undefined || intent === 'none') && saysOnlyDontKnow(recognition.text)) {
    await sayCapabilities(context, deps, 'common:help.text');
    return true;
  }
  // "Ich verstehe nicht", "wat bedoel je?" with nothing asked: what the assistant can do, not a guess.
  if (
    !offered?.length &&
    saysNotUnderstood(recognition.text) &&
    // ("I don't understand Dutch" is about a language: a Dutch letter, answered as such.)
    !negatedLanguageOf(recognition.text) &&
    recognition.text.trim().split(/\s+/).length <= 6
  ) {
    await sayCapabilities(context, deps, 'common:help.text');
    return true;
  }
  // "Nee, dat bedoel ik niet" with nothing asked: sorry, and ask again in other words (never a goodbye).
  if (saysNotMeant(recognition.text)) {
    data.misunderstandings = 0;
    await say(context, deps, { text: deps.localizer.t(turnLocale(context), 'faq:feedback.sorry') });
    return true;
  }
  // "lol", "hoe gaat het?", "je bent top": a friendly word back and what it can do, no cold "cannot help".
  const chitChat = intent === undefined || SMALL_TALK.has(intent) ? chitChatOf(recognition.text) : undefined;
  if (chitChat) {
    const key =
      chitChat === 'laugh'
        ? 'common:chitChat.laugh'
        : chitChat === 'howAreYou'
          ? 'common:chitChat.howAreYou'
          : 'common:chitChat.compliment';
    await sayCapabilities(context, deps, key);
    return true;
  }
  // "Spricht bei euch jemand Deutsch?": what staff speak (content), never a change of language.
  if (!asksForPerson(recognition.text) && (await replyToStaffLanguage(context, deps, recognition.text, data)))
    return true;
  // "Zeker weten?", "are you sure?": what was said is what the record (or the CJIB's information)
  // says; a person offered to look at it, never a yes that queues the citizen.
  if (asksIfSure(recognition.text)) {
    data.pendingClarification = undefined;
    data.personOffered = true;
    const key = data.identified ? 'common:doubt.record' : 'common:doubt.general';
    await askAboutPerson(context, deps, text(context, deps, key));
    return true;
  }
  // "Praat ik met een robot?": say it is an assistant (EU AI Act art. 50) and offer a person.
  if (asksIfAssistantIsHuman(recognition.text)) {
    data.personOffered = true;
    await askAboutPerson(context, deps, deps.localizer.t(turnLocale(context), 'common:identity.reply'));
    return true;
  }
  return false;
}
