import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import type { TurnContext } from 'botbuilder';
import type { IntentId } from '../domain/language/intents';
import { SUPPORTED_LOCALES } from '../domain/language/locale';
import { endsConversation, saysThanks } from '../domain/language/conversationCues';
import type { Recognition } from '../domain/ports/recognizer';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { say, text } from './turn';

/** The value of the "something else" choice added to offered intents. */
const SOMETHING_ELSE: string = 'none';
/** Longer messages carry content of their own and are routed as usual. */
const MAX_BARE_WORDS = 6;
/** Intents that add nothing to a bare yes or no ("ja graag, dank u", "hallo, ja"). */
const NO_CONTENT: ReadonlySet<IntentId> = new Set(['none', 'greeting', 'thanks']);

/** The offered intents as choices, with "something else" last. */
export function offeredChoices(
  context: TurnContext,
  deps: DialogDeps,
  offered: readonly IntentId[],
): ReplyChoice[] {
  const choices: ReplyChoice[] = offered
    .filter((intent) => intent !== SOMETHING_ELSE)
    .map((intent) => ({ value: intent, title: text(context, deps, `common:intent.${intent}`) }));
  choices.push({ value: SOMETHING_ELSE, title: text(context, deps, 'common:fallback.somethingElse') });
  return choices;
}

/** Whether the citizen picked "something else" (its title in any language, or its value). */
function picksSomethingElse(deps: DialogDeps, answer: string): boolean {
  const normal = answer
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  return (
    normal === SOMETHING_ELSE ||
    SUPPORTED_LOCALES.some(
      (l) => deps.localizer.t(l, 'common:fallback.somethingElse').toLowerCase() === normal,
    )
  );
}

/**
 * An answer without content to offered choices ("ja", "ja graag", "nee", "iets anders") is not a
 * misunderstanding: yes asks which one, with the same choices; no or "something else" asks for the
 * question in the citizen's own words. False when the message says more: the router handles it.
 */
/** A yes or no and nothing more: "ja", "ja graag", "nee dank u", "no that's all". */
export function bareYesNo(
  recognition: Recognition,
  deps: DialogDeps,
  noContent: ReadonlySet<IntentId> = NO_CONTENT,
): boolean | undefined {
  const yesNo = recognition.entities.yesNo;
  const bare =
    yesNo !== undefined &&
    recognition.text.trim().split(/\s+/).length <= MAX_BARE_WORDS &&
    // "Hoef ik nu niet te betalen?" asks about the fines shown: a question, not a bare no.
    ownClaimQuestion(recognition.text) === undefined &&
    // "Ok hier: 9698 9486 …": the letter's number found after all, for the lookup.
    recognition.entities.cjibNumber === undefined &&
    (noContent.has(recognition.intent) || recognition.score < deps.confidenceThreshold);
  return bare ? yesNo : undefined;
}

/** After "no", thanks and goodbyes add nothing either ("nee, dank u wel", "nee hoor, doei"). */
export const NO_CONTENT_AFTER_NO: ReadonlySet<IntentId> = new Set([...NO_CONTENT, 'goodbye']);

/**
 * A bare yes or no when nothing was offered answers the last "Kan ik nog iets anders voor u doen?":
 * no closes kindly, yes asks what it is. False for anything with content of its own.
 */
export async function answerWithoutOffer(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
): Promise<boolean> {
  // "Ok thanks, that's all" carries an okay, but the citizen is leaving: the router says goodbye.
  if (endsConversation(recognition.text) && recognition.entities.yesNo !== false) return false;
  const yesNo = bareYesNo(recognition, deps, recognition.entities.yesNo ? NO_CONTENT : NO_CONTENT_AFTER_NO);
  if (yesNo === undefined) return false;
  if (!yesNo) {
    await say(context, deps, { text: text(context, deps, 'common:offer.closing') });
    return true;
  }
  await say(context, deps, {
    text: text(context, deps, 'common:offer.what'),
    choices: [
      { value: 'fine_status', title: text(context, deps, 'common:choice.lookup') },
      { value: 'payment_arrangement', title: text(context, deps, 'common:choice.arrangement') },
      { value: 'human_agent', title: text(context, deps, 'common:choice.human') },
    ],
    expectsInput: true,
  });
  return true;
}

export async function answerToOffer(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  offered: readonly IntentId[],
  data: ConversationData,
): Promise<boolean> {
  if (endsConversation(recognition.text)) return false;
  const yesNo = bareYesNo(recognition, deps, NO_CONTENT);
  // "Ok danke", "oke bedankt" to "did you mean one of these?": thanks, not "which one?".
  if (yesNo === true && saysThanks(recognition.text)) {
    await say(context, deps, { text: text(context, deps, 'common:thanks.reply') });
    return true;
  }
  if (yesNo === true) {
    data.pendingClarification = [...offered];
    await say(context, deps, {
      text: text(context, deps, 'common:offer.which'),
      choices: offeredChoices(context, deps, offered),
      expectsInput: true,
    });
    return true;
  }
  if (yesNo === false || picksSomethingElse(deps, recognition.text)) {
    await say(context, deps, { text: text(context, deps, 'common:offer.other'), expectsInput: true });
    return true;
  }
  return false;
}
