import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { wantsStoppedFlowBack } from '../domain/language/afterAll';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import type { IntentRoutes } from './flowRoutes';
import { say, text } from './turn';

/**
 * "Stop", then "ik wil toch wel mijn boete zien": the citizen changed their mind, and the flow they
 * stopped starts again (the recogniser may place such a message nowhere, or under "cancel" for its
 * "laat maar"). Only the message right after the stop is read this way.
 */
export async function resumeStoppedFlow(
  step: WaterfallStepContext,
  deps: DialogDeps,
  routes: IntentRoutes,
  recognition: Recognition,
  data: ConversationData,
): Promise<DialogTurnResult | undefined> {
  const flow = data.stoppedFlow;
  data.stoppedFlow = undefined;
  if (flow !== 'fine_status' && flow !== 'payment_arrangement') return undefined;
  const dialogId = routes[flow];
  if (!dialogId || !wantsStoppedFlowBack(recognition.text, flow)) return undefined;
  data.misunderstandings = 0;
  data.pendingClarification = undefined;
  // A person offered when the flow was left is answered by going back to it.
  data.personOffered = undefined;
  data.lastIntent = flow;
  await say(step.context, deps, { text: text(step.context, deps, `guidance:afterStop.${flow}`) });
  return step.beginDialog(dialogId, { recognition, intent: flow });
}
