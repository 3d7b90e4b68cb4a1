import type { TurnContext } from 'botbuilder';
import { matchChoice } from '../domain/language/choiceMatch';
import type { IntentId } from '../domain/language/intents';
import { SUPPORTED_LOCALES } from '../domain/language/locale';
import { announcesQuestion } from '../domain/language/questionAnnouncement';
import { normalizeText } from '../domain/language/normalizeText';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';
import { say, text, turnLocale } from './turn';

/** Says what the assistant can do, with the main flows as choices (none mid-flow, where a question waits). */
export async function sayCapabilities(
  context: TurnContext,
  deps: DialogDeps,
  key: string,
  { withChoices = true }: { withChoices?: boolean } = {},
): Promise<void> {
  const locale = turnLocale(context);
  const t = (k: string): string => deps.localizer.t(locale, k);
  await say(context, deps, {
    text: text(context, deps, key),
    choices: withChoices
      ? [
          { value: 'fine_status', title: t('common:choice.lookup') },
          { value: 'payment_arrangement', title: t('common:choice.arrangement') },
          { value: 'human_agent', title: t('common:choice.human') },
        ]
      : undefined,
  });
}

/**
 * Which of the offered interpretations the citizen picked: by number or ordinal ("2", "de tweede"),
 * by the choice's title in any language (typo tolerant), or by saying something the recogniser
 * files under one of them.
 */
export function offeredIntent(
  text: string,
  offered: IntentId[],
  deps: DialogDeps,
  recognition: Recognition,
): IntentId | undefined {
  const choices = offered.map((intent) => ({
    value: intent,
    synonyms: SUPPORTED_LOCALES.map((locale) => deps.localizer.t(locale, `common:intent.${intent}`)),
  }));
  const picked = matchChoice(text, choices) as IntentId | undefined;
  // "Was passiert, wenn ich nicht zahle?" shares words with "Wie zahle ich", and "hoe kan ik betalen?"
  // with "Ik kan niet betalen": a longer message the recogniser confidently files is what it says
  // (an offered intent, or a question of its own), not the choice it shares words with.
  const confident = recognition.intent !== 'none' && recognition.score >= deps.confidenceThreshold;
  if (
    picked &&
    confident &&
    picked !== recognition.intent &&
    normalizeText(text).split(' ').length > LONGEST_PICK
  )
    return offered.includes(recognition.intent) ? recognition.intent : undefined;
  // Below the threshold the recogniser only guesses: "no idea honestly" is no pick of "Object to a fine".
  return picked ?? (confident && offered.includes(recognition.intent) ? recognition.intent : undefined);
}

/** Up to this many words a reply is a choice said in other words ("betalingsregeling graag"), whatever the recogniser thinks. */
const LONGEST_PICK = 2;

/**
 * "Nog één vraag", "one more question", "jeszcze jedno pytanie": an invitation to ask it (no hello,
 * no "not understood"); a question waiting in a flow stays open. Whether the message was one.
 */
export async function inviteAnnouncedQuestion(
  context: TurnContext,
  deps: DialogDeps,
  said: string,
): Promise<boolean> {
  if (!announcesQuestion(said)) return false;
  await say(context, deps, {
    text: text(context, deps, 'common:questionAnnounced.reply'),
    expectsInput: true,
  });
  return true;
}
