import type { TurnContext } from 'botbuilder';
import type { IntentId } from '../domain/language/intents';
import { SUPPORTED_LOCALES } from '../domain/language/locale';
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
export function offeredChoices(context: TurnContext, deps: DialogDeps, offered: readonly IntentId[]): ReplyChoice[] {
  const choices: ReplyChoice[] = offered
    .filter((intent) => intent !== SOMETHING_ELSE)
    .map((intent) => ({ value: intent, title: text(context, deps, `common:intent.${intent}`) }));
  choices.push({ value: SOMETHING_ELSE, title: text(context, deps, 'common:fallback.somethingElse') });
  return choices;
}

/** Whether the citizen picked "something else" (its title in any language, or its value). */
function picksSomethingElse(deps: DialogDeps, answer: string): boolean {
  const normal = answer.trim().toLowerCase().replace(/[.!]+$/, '');
  return (
    normal === SOMETHING_ELSE ||
    SUPPORTED_LOCALES.some((l) => deps.localizer.t(l, 'common:fallback.somethingElse').toLowerCase() === normal)
  );
}

/**
 * An answer without content to offered choices ("ja", "ja graag", "nee", "iets anders") is not a
 * misunderstanding: yes asks which one, with the same choices; no or "something else" asks for the
 * question in the citizen's own words. False when the message says more: the router handles it.
 */
export async function answerToOffer(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  offered: readonly IntentId[],
  data: ConversationData,
): Promise<boolean> {
  const yesNo = recognition.entities.yesNo;
  const bare =
    yesNo !== undefined &&
    recognition.text.trim().split(/\s+/).length <= MAX_BARE_WORDS &&
    (NO_CONTENT.has(recognition.intent) || recognition.score < deps.confidenceThreshold);
  if (yesNo === true && bare) {
    data.pendingClarification = [...offered];
    await say(context, deps, {
      text: text(context, deps, 'common:offer.which'),
      choices: offeredChoices(context, deps, offered),
      expectsInput: true,
    });
    return true;
  }
  if ((yesNo === false && bare) || picksSomethingElse(deps, recognition.text)) {
    await say(context, deps, { text: text(context, deps, 'common:offer.other'), expectsInput: true });
    return true;
  }
  return false;
}
