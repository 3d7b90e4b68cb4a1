import type { ReplyChoice } from '../domain/ports/replyRenderer';

/**
 * Which offered choice a reply picks. Channels send back the choice's title (suggested actions),
 * its number (numbered plain text, DTMF) or, from some clients, its value; all three are accepted.
 */
export function pickChoice(
  text: string | undefined,
  choices: readonly ReplyChoice[],
): ReplyChoice | undefined {
  const answer = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[.!)]+$/, '');
  if (!answer) return undefined;
  const index = Number.parseInt(answer, 10);
  if (String(index) === answer) return index >= 1 && index <= choices.length ? choices[index - 1] : undefined;
  return choices.find((c) => c.title.trim().toLowerCase() === answer || c.value.toLowerCase() === answer);
}
