/**
 * A flow interrupted by a request for a person is kept, so that the citizen who stops waiting in the
 * queue goes on where they were (DESIGN: every dialog resumes after an interruption). The flow's
 * dialog stack is saved when it ends for the handoff; leaving the queue puts it back, and the flow
 * says "we go on where we were" and asks its question again. The next answer is taken by that step.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { DialogDeps } from './dialogDeps';

/** Turn-state marker: the flow's stack was just put back, its question is to be asked again. */
const RESUMING = 'cjib.resumeAfterQueue';

/** The stack of the whole conversation (the root dialog context), copied before the flow is cancelled. */
export async function keepFlowForQueue(innerDc: DialogContext, deps: DialogDeps): Promise<void> {
  let root = innerDc;
  while (root.parent) root = root.parent;
  const data = await deps.state.conversation.get(innerDc.context, {});
  data.flowBeforeQueue = {
    turn: data.turns ?? 0,
    stack: JSON.parse(JSON.stringify(root.stack)) as unknown[],
  };
}

/**
 * Only a flow interrupted in the turn that joined the queue is kept: a handoff that ends in a
 * callback, or a later request for a person from outside any flow, has nothing to go back to.
 */
export async function keepOnlyIfJustInterrupted(context: TurnContext, deps: DialogDeps): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  if (data.flowBeforeQueue && data.flowBeforeQueue.turn !== (data.turns ?? 0))
    data.flowBeforeQueue = undefined;
}

export async function forgetKeptFlow(context: TurnContext, deps: DialogDeps): Promise<void> {
  (await deps.state.conversation.get(context, {})).flowBeforeQueue = undefined;
}

/**
 * After leaving the queue: the kept flow back on the dialog stack, unless another flow was started
 * while waiting (that one goes on). True when there is a flow to resume.
 */
export async function restoreKeptFlow(
  context: TurnContext,
  deps: DialogDeps,
  dialogState: StatePropertyAccessor,
): Promise<boolean> {
  const data = await deps.state.conversation.get(context, {});
  const kept = data.flowBeforeQueue;
  data.flowBeforeQueue = undefined;
  if (!kept?.stack.length) return false;
  const current = (await dialogState.get(context)) as { dialogStack?: unknown[] } | undefined;
  if (current?.dialogStack?.length) return false;
  await dialogState.set(context, { dialogStack: kept.stack as DialogInstance[] });
  context.turnState.set(RESUMING, true);
  return true;
}

/** In the restored flow: its question again (the message that left the queue answers nothing). */
export async function resumeKeptFlow(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
  if (innerDc.context.turnState.get(RESUMING) !== true) return undefined;
  innerDc.context.turnState.delete(RESUMING);
  await innerDc.repromptDialog();
  return Dialog.EndOfTurn;
}
