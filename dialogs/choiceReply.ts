import type { ReplyChoice } from '../domain/ports/replyRenderer';

/**
 * Which offered choice a reply picks. Channels send back the choice's title (suggested actions),
 * its number (numbered plain text, DTMF) or, from some clients, its value; all three are accepted.
 */
export function pickChoice(
  text: string | undefined,
  choices: readonly ReplyChoice[],
): ReplyChoice | undefined {
  const answer = comparable(text ?? '');
  if (!answer) return undefined;
  const index = Number.parseInt(answer, 10);
  if (String(index) === answer) return index >= 1 && index <= choices.length ? choices[index - 1] : undefined;
  return choices.find((c) => comparable(c.title) === answer || c.value.toLowerCase() === answer);
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
