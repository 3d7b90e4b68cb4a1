import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { arrangementForSanction } from '../domain/arrangement/sanctionArrangement';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import type { IntentRoutes } from './flowRoutes';
import { say, text } from './turn';

/**
 * "Ik wil een regeling voor de schadevergoeding", "regeling voor mijn strafbeschikking": the
 * arrangement flow as for "ik wil een betalingsregeling" (the recogniser hears the sanction's
 * knowledge answer, whose lookup then showed the fines instead of a schedule), after one short note
 * on that sanction. Undefined when the message is no such wish.
 */
export async function startArrangementForSanction(
  step: WaterfallStepContext,
  deps: DialogDeps,
  routes: IntentRoutes,
  recognition: Recognition,
  data: ConversationData,
): Promise<DialogTurnResult | undefined> {
  const sanction = arrangementForSanction(recognition.text);
  const route = routes.payment_arrangement;
  if (!sanction || !route) return undefined;
  data.misunderstandings = 0;
  data.lastIntent = 'payment_arrangement';
  await say(step.context, deps, { text: text(step.context, deps, `arrangement:sanction.${sanction}`) });
  return step.beginDialog(route, { recognition, intent: 'payment_arrangement' });
}
