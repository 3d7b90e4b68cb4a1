import { normalizeQuestion } from './normalizeQuestion';

/**
 * Whether an answer holds what a follow-up asks about. Only the word asked the meaning of is checked
 * ("what is aanmaning?", "co to jest machtiging?"): when it is not in the answer (compared on its first
 * five letters), repeating the answer would not help. (Other words vary too much between question and
 * answer to say more.)
 */
const MEANING =
  /\b(?:what is|whats|what does|what are|wat is|wat zijn|wat betekent|betekenis van|was ist|was sind|was bedeutet|was heisst|co to jest|co to|co znaczy|co oznacza|czym jest)( (?:een|a|an|the|de|het|ein|eine|der|die|das))? ([a-z]{5,})\b/;
/** Words after "what is" that ask about the answer itself or a possession, not a term ("wat is jullie telefoonnummer"). */
const COMMON = new Set(
  'there these those which about again thats daarmee damit jullie julle yours their ihre ihren ihrer deine wasze twoje mijne'.split(
    ' ',
  ),
);
const PREFIX = 5;

export function answerCovers(answer: string, question: string): boolean {
  const said = normalizeQuestion(answer);
  const meaning = MEANING.exec(normalizeQuestion(question));
  if (!meaning || COMMON.has(meaning[2])) return true;
  return said.includes(meaning[2].slice(0, PREFIX));
}
