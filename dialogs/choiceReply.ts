import { choiceByFragment } from '../domain/language/choiceFragment';
import type { ReplyChoice } from '../domain/ports/replyRenderer';

/**
 * Which offered choice a reply picks. Channels send back the choice's title (suggested actions),
 * its number (numbered plain text, DTMF) or, from some clients, its value; all three are accepted,
 * and so is a typed part of one title (see choiceByFragment).
 */
export function pickChoice(
  text: string | undefined,
  choices: readonly ReplyChoice[],
): ReplyChoice | undefined {
  const answer = comparable(text ?? '');
  if (!answer) return undefined;
  const index = Number.parseInt(answer, 10);
  if (String(index) === answer) return index >= 1 && index <= choices.length ? choices[index - 1] : undefined;
  const exact = choices.find((c) => comparable(c.title) === answer || c.value.toLowerCase() === answer);
  if (exact) return exact;
  // "aanvragen", "zloz wniosek": typed from the choice read on a channel without buttons.
  const part = choiceByFragment(
    answer,
    choices.map((c) => c.title),
  );
  return part === undefined ? undefined : choices[part];
}

/**
 * A reply or a title as compared: "2." and "2)" are choice 2, "ja!" is "Ja". Titles get the same
 * treatment, so a button whose title ends in ")" ("'s Ochtends (8.00-12.00 uur)") still matches.
 */
function comparable(said: string): string {
  return said
    .trim()
    .toLowerCase()
    .replace(/[.!)]+$/, '');
}
