import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';

const MOVED = Symbol('languageMoved');

/**
 * This turn's message moved the conversation to another supported language (a clear sentence in it,
 * not a request): a flow's question asked again after an answer is then asked in the new language,
 * so the answer and the question are in one language.
 */
export function markLanguageMoved(context: TurnContext): void {
  context.turnState.set(MOVED, true);
}

export function languageMovedThisTurn(context: TurnContext): boolean {
  return context.turnState.get(MOVED) === true;
}

/**
 * The flow's context, whose "ask the question again" starts the flow again (in the new language,
 * with what was given) on a turn that moved the language; otherwise it asks again as always.
 */
export function repromptInMovedLanguage(innerDc: DialogContext, restart: () => Promise<void>): DialogContext {
  const reprompt = innerDc.repromptDialog.bind(innerDc);
  innerDc.repromptDialog = (): Promise<void> =>
    languageMovedThisTurn(innerDc.context) ? restart() : reprompt();
  return innerDc;
}
