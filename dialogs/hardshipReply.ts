import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { type HardshipSituation, hardshipSituation } from '../domain/handoff/hardshipSituation';
import { requestsFlow } from '../domain/knowledge/flowRequest';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import type { TopicId } from '../domain/knowledge/topics';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { FAQ_DIALOG, type FaqOptions } from './faqState';
import type { IntentRoutes } from './flowRoutes';
import { abroadCannotPayText } from './abroadCannotPay';
import { yesNoChoices } from './identifyReplies';
import { say, text } from './turn';

/** Paying in parts named in the message: "ik wil een betalingsregeling", "I want a payment plan". */
const ARRANGEMENT =
  /regeling|termijn|afbetal|instal+ment|payment (plan|arrangement)|raten|\braty\b|ratach|rozloz|plan\w* splat/;

/** A punitive order named: "strafbeschikking", "punitive order", "Strafbefehl", "nakaz karny". */
const PUNITIVE_ORDER = /strafbeschikking|punitive order|strafbefehl|nakaz\w* karn\w*/;

/** Where the knowledge base answers the situation (with a person offered, faqPersonOffer.ts). */
const ANSWERED_BY: Partial<Record<HardshipSituation, TopicId>> = {
  debts: 'noodstop',
};

/**
 * A citizen frightened or unable to pay, outside a flow (hardshipSituation.ts): the kind word and the
 * step that helps, then a person offered at once (a vulnerable-citizen signal, DESIGN.md); yes is a
 * handoff through the router. The bailiff at the door gets only "talk to the bailiff now" (a panic
 * moment: one short answer, the rest on request); debts the noodstop's answer (when the recogniser
 * would start a lookup with them). Afraid of gijzeling while asking for an arrangement: the reassurance, then the arrangement flow asked for.
 * Undefined when the message tells no such situation.
 */
export async function replyToHardship(
  step: WaterfallStepContext,
  deps: DialogDeps,
  routes: IntentRoutes,
  recognition: Recognition,
  data: ConversationData,
): Promise<DialogTurnResult | undefined> {
  const situation = hardshipSituation(recognition.text);
  if (!situation) return undefined;
  const context = step.context;
  const topicId = ANSWERED_BY[situation];
  if (situation === 'debts') {
    // "Ik heb schulden, kan ik uitstel krijgen?" is routed as usual; only "20.000 euro schuld" heard as a lookup is taken here.
    const unsure = recognition.score < deps.confidenceThreshold;
    if (!unsure && recognition.intent !== 'fine_status' && recognition.intent !== 'none') return undefined;
  }
  data.misunderstandings = 0;
  if (topicId) {
    data.lastIntent = situation === 'debts' ? 'cannot_pay' : 'bailiff';
    const selection = { kind: 'topic', topicId } as const;
    return step.beginDialog(FAQ_DIALOG, { recognition, selection } satisfies FaqOptions);
  }
  const wantsArrangement =
    ARRANGEMENT.test(normalizeQuestion(recognition.text)) &&
    (recognition.intent === 'payment_arrangement' || requestsFlow('payment_arrangement', recognition.text));
  if (situation === 'detentionFeared' && wantsArrangement && routes.payment_arrangement) {
    await say(context, deps, { text: text(context, deps, 'handoff:hardship.fearBeforeArrangement') });
    data.lastIntent = 'payment_arrangement';
    return step.beginDialog(routes.payment_arrangement, { recognition, intent: 'payment_arrangement' });
  }
  // The bailiff at the door: what to do now in a few lines; the rest of the bailiff answer on request.
  data.lastIntent = situation === 'bailiffAtDoor' ? 'bailiff' : 'cannot_pay';
  // The noodstop is named in these replies: "hoe vraag ik die aan?" next gets the short answer.
  data.noodstopExplained = true;
  // Feared under a strafbeschikking: what comes first (reminders, the bank account) before a court's gijzeling.
  const sanction =
    situation === 'detentionFeared' && PUNITIVE_ORDER.test(normalizeQuestion(recognition.text));
  // Living abroad: no Dutch municipality's debt help behind a noodstop (abroadCannotPay.ts).
  const abroad =
    situation === 'incomeLost' ? abroadCannotPayText(context, deps, recognition.text) : undefined;
  const told =
    abroad ?? text(context, deps, `handoff:hardship.${sanction ? 'detentionFearedSanction' : situation}`);
  // Already waiting for staff (or helped by them): the facts, not a second request for a person.
  if (data.handoffRequested) {
    await say(context, deps, { text: told });
    return step.endDialog();
  }
  data.personOffered = true;
  data.handoffReason = 'cannot_pay';
  // "Nee" to the person: the step that helps now, said once more in short (pressureReply.ts).
  data.declinedNext =
    situation === 'bailiffAtDoor' ? 'handoff:hardship.declinedBailiff' : 'handoff:pressure.declined';
  await say(context, deps, {
    text: `${told}\n\n${text(context, deps, 'handoff:hardship.offer')}`,
    choices: yesNoChoices(context, deps),
    expectsInput: true,
  });
  return step.endDialog();
}
