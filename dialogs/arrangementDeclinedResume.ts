// "Nee" to "Zal ik de aanvraag nu versturen?" sends nothing, but the proposal read back is kept for
// the next message: a new e-mail address or phone number, "ik wil alleen het mailadres veranderen",
// "sorry verkeerd gedrukt, wel versturen" go back to that confirmation (the flow starts again
// without the schedule; the same request derives the same idempotency key, so nothing is filed twice).
import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { mentionsContact, wantsOtherContact } from '../domain/arrangement/contactAnswer';
import { correctsContact } from '../domain/arrangement/contactCorrection';
import { phoneWithDigitsCorrected } from '../domain/language/digitGroupCorrection';
import { saysSendAfterAll } from '../domain/arrangement/sendAfterAll';
import type { Recognition } from '../domain/ports/recognizer';
import type { Proposal } from './arrangementFlowState';
import { readContact, readYesNo, yesNoChoices } from './arrangementPrompts';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import type { IntentRoutes } from './flowRoutes';
import { say, text } from './turn';

type Contact = NonNullable<Proposal['contact']>;

/** "Niet versturen", "stop", "laat maar": a no to the request itself, not to what was read back. */
const KEEPS_DECLINING =
  /\b(niet versturen|niet sturen|laat maar|toch niet|dont send|do not send|not send|never mind|nicht (ab)?senden|nicht abschicken|doch nicht|nie wysylaj|jednak nie|stop|stoppen|annuleren|cancel)\b/;

/**
 * The no at the confirmation: nothing sent, said so, with what can still be changed; the contact
 * kept and the next message read by `resumeDeclinedConfirmation`.
 */
export async function sayDeclinedAtConfirmation(
  deps: DialogDeps,
  context: TurnContext,
  contact: Contact | undefined,
): Promise<void> {
  await say(context, deps, { text: text(context, deps, 'arrangement:confirm.declined') });
  const data = await deps.state.conversation.get(context, {});
  data.pendingClarification = ['payment_arrangement'];
  data.stoppedFlow = 'payment_arrangement';
  if (contact) data.arrangementContact = contact;
  data.declinedConfirmationTurn = data.turns ?? 0;
}

/** The contact the next message makes of the one read back, or 'ask' when it wants to give another. */
async function correctedContact(
  context: TurnContext,
  deps: DialogDeps,
  kept: Contact | undefined,
  message: string,
): Promise<Contact | 'ask' | undefined> {
  const given = await readContact(context, deps);
  // "Alleen het mailadres veranderen, het is …": replaces; a detail of the other kind is added.
  if (given) return correctsContact(message) ? given : { ...kept, ...given };
  const phone = kept?.phone ? phoneWithDigitsCorrected(kept.phone, message) : undefined;
  if (phone) return { ...kept, phone };
  if (wantsOtherContact(message) || (mentionsContact(message) && correctsContact(message))) return 'ask';
  return undefined;
}

/**
 * The message right after a no at the confirmation: a corrected contact, or "send it after all",
 * starts the arrangement again at its confirmation (undefined: the router goes on as usual).
 */
export async function resumeDeclinedConfirmation(
  step: WaterfallStepContext,
  deps: DialogDeps,
  routes: IntentRoutes,
  recognition: Recognition,
  data: ConversationData,
): Promise<DialogTurnResult | undefined> {
  const declinedAt = data.declinedConfirmationTurn;
  data.declinedConfirmationTurn = undefined;
  const dialogId = routes.payment_arrangement;
  if (declinedAt === undefined || declinedAt !== (data.turns ?? 0) - 1 || !dialogId) return undefined;
  const context = step.context;
  const message = recognition.text;
  const contact = await correctedContact(context, deps, data.arrangementContact, message);
  const normal = ` ${message.toLowerCase().replace(/[^\p{L}\d ]/gu, ' ')} `;
  const sends =
    !contact &&
    saysSendAfterAll(message) &&
    !KEEPS_DECLINING.test(normal) &&
    (await readYesNo(
      context,
      deps,
      yesNoChoices(context, deps, 'arrangement:confirm.yes', 'arrangement:confirm.no'),
    )) !== 'no';
  if (!contact && !sends) return undefined;
  if (contact === 'ask') data.arrangementContact = undefined;
  else if (contact) data.arrangementContact = contact;
  data.resumeConfirmation = true;
  data.stoppedFlow = undefined;
  data.pendingClarification = undefined;
  data.misunderstandings = 0;
  data.lastIntent = 'payment_arrangement';
  return step.beginDialog(dialogId, { recognition, intent: 'payment_arrangement' });
}

/**
 * In the flow started again by `resumeDeclinedConfirmation`: straight to the confirmation with the
 * contact kept (or asked again); undefined when the flow started for another reason.
 */
export async function resumedConfirmation(
  context: TurnContext,
  deps: DialogDeps,
): Promise<Pick<Proposal, 'contact'> | undefined> {
  const data = await deps.state.conversation.get(context, {});
  if (!data.resumeConfirmation) return undefined;
  data.resumeConfirmation = undefined;
  return data.arrangementContact ? { contact: data.arrangementContact } : {};
}
