import type { TurnContext } from 'botbuilder';

const GLOSSED = Symbol('glossedQuestion');

/** This turn's message, in a language not spoken here, was placed from its English gloss (foreignQuestion.ts). */
export function markGlossedQuestion(context: TurnContext, gloss: string): void {
  context.turnState.set(GLOSSED, gloss);
}

/**
 * What the citizen asked, for the details an answer leads with: the English gloss of a message in a
 * language not spoken here ("no hablo holandés, tengo una carta" → a letter in Dutch not understood),
 * else the message itself.
 */
export function askedText(context: TurnContext): string {
  return (context.turnState.get(GLOSSED) as string | undefined) ?? context.activity.text ?? '';
}
