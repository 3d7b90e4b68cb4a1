import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import { declinesPerson } from '../domain/handoff/personRequest';
import { otherLanguageOf } from '../domain/language/otherLanguage';
import { SMALL_TALK } from '../domain/language/smallTalkIntents';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { offeredChoices } from './offerAnswer';
import { askChoicesAgain } from './offeredChoiceAnswer';
import {
  hardshipLanguageThisTurn,
  offerPersonForHardship,
  offerPersonForOtherLanguage,
  otherLanguageAgainThisTurn,
} from './otherLanguageNotice';
import { askAboutPerson } from './personQuestion';
import { sayCapabilities } from './smallTalk';
import { FILLER_ONLY, languagesToldThisTurn, say, turnLocale } from './turn';

/** Letters of scripts no supported language uses (one word of them is a message in another language). */
const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u4e00-\u9fff]/;

/** Whether the citizen is in the queue for a person right now (the gate lets their messages through). */
async function waitingForPerson(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
): Promise<boolean> {
  if (!data.handoffRequested || !deps.handoff) return false;
  const { channelId, conversation } = context.activity;
  const handoff = await deps.handoff.queue.get(conversationKeyOf(channelId, conversation.id));
  return handoff?.status === 'queued';
}

/**
 * A message without an intent to act on: unsure → offer the top two; two misunderstandings in a row
 * → offer a person; a third → what the assistant can do.
 */
export async function misunderstood(
  step: WaterfallStepContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<DialogTurnResult> {
  const context = step.context;
  const locale = turnLocale(context);
  const t = (key: string): string => deps.localizer.t(locale, key);
  // An empty message or only emoji: nothing was misunderstood, so no person is offered for it.
  // Letters of any script count as text (Arabic or Cyrillic is a message, not an empty one).
  if (!/[\p{L}\p{N}]/u.test(recognition.text)) {
    // A bare "?" is "what?": what the assistant can do, not "I see no text".
    // Only "uhm" typed: take your time, not "I see no text".
    // A photo of the letter or a voice message (WhatsApp): it cannot be read here; typed digits can.
    const attached = (context.activity.attachments ?? []).length > 0;
    const key = recognition.text.includes('?')
      ? 'common:help.text'
      : attached
        ? 'common:fallback.attachment'
        : context.turnState.get(FILLER_ONLY)
          ? 'common:fallback.filler'
          : 'common:fallback.empty';
    await sayCapabilities(context, deps, key);
    return step.endDialog();
  }
  // Written in a language not spoken here: the languages (with their menu) were just told, with the
  // question asked again, and a second menu ("sorry, I cannot help with that") would take the
  // citizen's next number.
  if (languagesToldThisTurn(context)) return step.endDialog();
  // "Я біженець і не маю грошей": the languages and a person at once.
  const hardship = hardshipLanguageThisTurn(context);
  if (hardship) {
    await offerPersonForHardship(context, deps, data, hardship);
    return step.endDialog();
  }
  // Once more in that language, not placed (not even from its gloss): a person offered at once, with
  // a short notice in each language spoken here (asking again in English or Dutch would loop).
  if (
    otherLanguageAgainThisTurn(context) ||
    otherLanguageOf(recognition.text) ||
    (data.toldOtherLanguage && NON_LATIN.test(recognition.text))
  ) {
    await offerPersonForOtherLanguage(context, deps, data);
    return step.endDialog();
  }
  // A bare digit with no menu open (a key pressed after an answer): no choice to make; the menu now.
  if (/^\s*\d\s*[.)]?\s*$/.test(recognition.text)) {
    await sayCapabilities(context, deps, 'common:fallback.noMenu');
    return step.endDialog();
  }
  data.misunderstandings = (data.misunderstandings ?? 0) + 1;
  deps.metrics?.fallback();
  // Waiting for a person already: "shall I find you a person?" would make no sense.
  if (await waitingForPerson(context, deps, data)) data.misunderstandings = 1;
  // The person was offered and the citizen wrote something else again: not the same question a
  // second time in a row, but what the assistant can do, with a person among the choices.
  if (data.misunderstandings > 2) {
    data.misunderstandings = 0;
    await sayCapabilities(context, deps, 'common:fallback.stillNotUnderstood');
    return step.endDialog();
  }
  if (data.misunderstandings === 2) {
    data.personOffered = true;
    await askAboutPerson(context, deps, t('common:fallback.offerPerson'));
    return step.endDialog();
  }
  // Several choices were open and this matched none: the same choices again, kindly.
  if (await askChoicesAgain(context, deps, data)) return step.endDialog();
  const candidates = recognition.ranked
    // 'Did you mean: Greeting?' asks nothing a citizen would choose: only topics and flows are offered.
    .filter((r) => !SMALL_TALK.has(r.intent) && r.score > 0)
    .filter((r) => r.intent !== 'human_agent' || !declinesPerson(recognition.text))
    .slice(0, 2)
    .map((r) => r.intent);
  if (recognition.intent !== 'none' && candidates.length === 2) {
    data.pendingClarification = candidates;
    const choices = offeredChoices(context, deps, candidates);
    await say(context, deps, { text: t('common:fallback.clarify'), choices, expectsInput: true });
    return step.endDialog();
  }
  await sayCapabilities(context, deps, 'common:fallback.none');
  return step.endDialog();
}
