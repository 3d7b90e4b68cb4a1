import type { TurnContext } from 'botbuilder';
import type { HandoffCase } from '../domain/handoff/handoffCase';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';
import { maskCjibNumber } from '../domain/privacy/maskPersonalData';
import type { DialogDeps } from '../dialogs/dialogDeps';

/**
 * After the assistant answered a queued citizen: the question they asked (it may title a case that
 * had none) and a fine they looked up meanwhile go into the case summary, masked, so staff see
 * "identified" and what the citizen wanted without reading the whole conversation.
 */
export async function noteTurnWhileWaiting(
  context: TurnContext,
  deps: DialogDeps,
  queue: HandoffQueue,
  handoff: HandoffCase,
): Promise<void> {
  const { identified } = await deps.state.conversation.get(context, {});
  await queue.noteWhileWaiting(handoff.conversationKey, {
    asked: context.activity.text ?? '',
    ...(identified && !handoff.summary.identified
      ? {
          identified: {
            debtorId: identified.debtorId,
            cjibNumbers: identified.cjibNumbers.map(maskCjibNumber),
          },
        }
      : {}),
  });
}
