import { sayCapabilities } from './smallTalk';
import { yesNoChoices } from './arrangementPrompts';
import { type DialogContext, type DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DialogDeps } from './dialogDeps';
import { answerTopic } from './faqAnswer';
import type { FlowResult } from './flowRoutes';
import { say, text } from './turn';

/** How a flow ended at the citizen's word: the router then asks what else it can do. */
type CancelledFlow = FlowResult & { cancelled: boolean };

/** Ends the flow at the citizen's request ("stop", "laat maar"), saying so. */
export async function stopFlow(innerDc: DialogContext, deps: DialogDeps): Promise<DialogTurnResult> {
  await innerDc.cancelAllDialogs();
  // With the main choices: "1" or "optie één" on SMS next picks one (not "not sure what you mean").
  await sayCapabilities(innerDc.context, deps, 'common:cancel.done');
  // "Ik wil toch wel mijn boete zien" next starts it again (stoppedFlow.ts).
  const data = await deps.state.conversation.get(innerDc.context, {});
  if (data.lastIntent === 'fine_status' || data.lastIntent === 'payment_arrangement')
    data.stoppedFlow = data.lastIntent;
  return { status: DialogTurnStatus.complete, result: { cancelled: true } satisfies CancelledFlow };
}

/**
 * "Vielen Dank, auf Wiedersehen" mid-flow: the citizen is leaving; asking the flow's question again
 * would be talking to no one.
 */
export async function leaveFlow(
  innerDc: DialogContext,
  deps: DialogDeps,
  unsentNote?: string,
): Promise<DialogTurnResult> {
  await innerDc.cancelAllDialogs();
  const goodbye = text(innerDc.context, deps, 'common:goodbye.midFlow');
  const note = unsentNote ? `${text(innerDc.context, deps, unsentNote)} ` : '';
  await say(innerDc.context, deps, { text: `${note}${goodbye}` });
  return { status: DialogTurnStatus.complete, result: { cancelled: true } satisfies CancelledFlow };
}

/**
 * "Ik heb schulden, ik kan niet betalen" mid-flow: the noodstop and a person come first, the flow's
 * next question would not help (a vulnerable-citizen signal, DESIGN.md). Yes is a handoff for
 * that reason; no leaves the citizen with the assistant.
 */
export async function leaveFlowForNoodstop(
  innerDc: DialogContext,
  deps: DialogDeps,
): Promise<DialogTurnResult> {
  const context = innerDc.context;
  await answerTopic(context, deps, 'noodstop', { followUps: false });
  await innerDc.cancelAllDialogs();
  const data = await deps.state.conversation.get(context, {});
  data.personOffered = true;
  data.handoffReason = 'cannot_pay';
  // "Nee, terug naar de regeling" to the person offered: the flow left goes on (stoppedFlow.ts).
  if (data.lastIntent === 'fine_status' || data.lastIntent === 'payment_arrangement')
    data.stoppedFlow = data.lastIntent;
  await say(context, deps, {
    text: text(context, deps, 'arrangement:person.ask'),
    choices: yesNoChoices(context, deps, 'arrangement:person.yes', 'arrangement:person.no'),
    expectsInput: true,
  });
  return { status: DialogTurnStatus.complete, result: {} satisfies FlowResult };
}
