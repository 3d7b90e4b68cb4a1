import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { asksForArrangement } from '../domain/arrangement/arrangementWish';
import { arrangementForSanction } from '../domain/arrangement/sanctionArrangement';
import { numberNotAtHand } from '../domain/language/numberNotAtHand';
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

/**
 * "Ik wil een regeling maar ik heb mijn CJIB-nummer niet bij de hand": the arrangement flow, whose
 * number question says where the number is and the ways without it and stays open (the recogniser
 * hears a question about the number). Undefined when the message is no such wish.
 */
export async function startArrangementWithoutNumber(
  step: WaterfallStepContext,
  routes: IntentRoutes,
  recognition: Recognition,
  data: ConversationData,
): Promise<DialogTurnResult | undefined> {
  const route = routes.payment_arrangement;
  if (!route || !asksForArrangement(recognition.text) || !numberNotAtHand(recognition.text)) return undefined;
  data.misunderstandings = 0;
  data.lastIntent = 'payment_arrangement';
  return step.beginDialog(route, { recognition, intent: 'payment_arrangement' });
}
