import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { IntentId } from '../domain/language/intents';
import type { DialogDeps } from './dialogDeps';
import { turnLocale } from './turn';

/*
 * A person asked for at a flow's question outside office hours gets the offer of a call back, which
 * has no queue to come back from (queuedFlow.ts). "Nee laat maar, ga maar verder" to that offer goes
 * on at the question the citizen left (e.g. the arrangement's contact question), with everything
 * given kept, rather than at the flow's first question: the flow's own dialog stack is kept when it
 * ends for the person and put back when it starts again in the turn the call back was declined.
 */

/** Turn-state marker: the call back was declined, the flow started next goes on where it was. */
const GO_ON = Symbol('cjib.goOnAtKeptQuestion');

/** Keeps the flow's stack at its question (`flow` undefined: nothing to go back to, a kept one is dropped). */
export async function keepQuestionForCallback(
  innerDc: DialogContext,
  deps: DialogDeps,
  flow: IntentId | undefined,
): Promise<void> {
  const data = await deps.state.conversation.get(innerDc.context, {});
  data.questionBeforeCallback = flow
    ? {
        flow,
        locale: turnLocale(innerDc.context),
        stack: JSON.parse(JSON.stringify(innerDc.stack)) as unknown[],
      }
    : undefined;
}

/** The call back was turned down to go on with the flow (CallbackDialog). */
export function goOnAtKeptQuestion(context: TurnContext): void {
  context.turnState.set(GO_ON, true);
}

/**
 * In the flow started again after the call back was declined: its kept stack back and its question
 * asked again; in another language by then (the offer was asked in it), it starts the
 * flow again in it at that question (`restart`). Undefined when there is nothing kept for this flow.
 */
export async function resumeKeptQuestion(
  innerDc: DialogContext,
  deps: DialogDeps,
  flow: IntentId | undefined,
  restart: { dialogId: string; options: () => object | undefined },
): Promise<DialogTurnResult | undefined> {
  const context = innerDc.context;
  if (context.turnState.get(GO_ON) !== true) return undefined;
  context.turnState.delete(GO_ON);
  const data = await deps.state.conversation.get(context, {});
  const kept = data.questionBeforeCallback;
  data.questionBeforeCallback = undefined;
  if (!kept?.stack.length || kept.flow !== flow) return undefined;
  innerDc.stack.push(...(kept.stack as DialogInstance[]));
  if (kept.locale !== turnLocale(context)) {
    const options = restart.options();
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(restart.dialogId, options);
  }
  await innerDc.repromptDialog();
  return Dialog.EndOfTurn;
}
