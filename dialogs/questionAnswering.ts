import type { TurnContext } from 'botbuilder';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';

/**
 * Answers a knowledge-base question from the recognised message; false when it is not one.
 * The same answer is given at the start of a conversation and in the middle of a flow.
 */
export async function answerQuestion(_context: TurnContext, _deps: DialogDeps, _recognition: Recognition): Promise<boolean> {
  // Wired to the knowledge base (faqDialog.answerTopic) when it lands.
  return false;
}
