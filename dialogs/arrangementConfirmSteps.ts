import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStep, WaterfallStepContext } from 'botbuilder-dialogs';
import { asksAboutContact, mentionsContact, wantsOtherContact } from '../domain/arrangement/contactAnswer';
import { correctsContact, correctsReadBack } from '../domain/arrangement/contactCorrection';
import { phoneWithDigitsCorrected } from '../domain/language/digitGroupCorrection';
import { asksOwnQuestion } from '../domain/arrangement/ownQuestion';
import { wantsToPayInFull } from '../domain/arrangement/payInFull';
import { scheduleObjection } from '../domain/arrangement/scheduleObjection';
import { wantsToThinkItOver } from '../domain/arrangement/thinkItOver';
import { saysUnsure } from '../domain/arrangement/unsure';
import { formatDate } from '../domain/dates';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import { agreedTerms } from './arrangementAgreedTerms';
import { contactInParts } from './arrangementContact';
import { ownAmountFitsAtConfirmation } from './arrangementConfirmAmount';
import { sayDeclinedAtConfirmation } from './arrangementDeclinedResume';
import { objected, payInFull, sayDeclined } from './arrangementEndings';
import { fileArrangement } from './arrangementFiling';
import {
  CONFIRM_PROMPT,
  CONFIRM_STEPS,
  CONTACT_PROMPT,
  type Proposal,
  proposalOf,
} from './arrangementFlowState';
import {
  changedMind,
  promptOptions,
  readContact,
  readYesNo,
  understood,
  yesNoChoices,
} from './arrangementPrompts';
import type { DialogDeps } from './dialogDeps';
import type { FlowResult } from './mainDialog';
import { say, text, turnLocale } from './turn';

/** The choices of the confirmation: send the request, or not. */
export function confirmChoices(context: TurnContext, deps: DialogDeps): ReplyChoice[] {
  return yesNoChoices(context, deps, 'arrangement:confirm.yes', 'arrangement:confirm.no');
}

/** What the confirmation question accepts as an answer (read again by `afterConfirm`). */
export function confirmValidator(deps: DialogDeps) {
  return understood(
    async (c) =>
      (await readContact(c, deps)) ??
      // "Can I change my e-mail address?": the contact is asked again (see afterConfirm).
      (wantsOtherContact(c.activity.text ?? '') ? 'otherContact' : undefined) ??
      (asksAboutContact(c.activity.text ?? '') ? 'contactQuestion' : undefined) ??
      (wantsToThinkItOver(c.activity.text ?? '') ? 'no' : undefined) ??
      (wantsToPayInFull(c.activity.text ?? '') ? 'atOnce' : undefined) ??
      scheduleObjection(c.activity.text ?? '') ??
      // "Ik weet het niet zeker meer": what yes and no mean, then the question again (see afterConfirm).
      (saysUnsure(c.activity.text ?? '') ? 'unsure' : undefined) ??
      (await readYesNo(c, deps, confirmChoices(c, deps))) ??
      // A question the recogniser is unsure of is still a question: said to be unknown, not "ja of nee?".
      (asksOwnQuestion(c.activity.text ?? '') ? 'elsewhere' : undefined),
  );
}

/** The contact read back: the e-mail address, the phone number, or both. */
function contactText(
  context: TurnContext,
  deps: DialogDeps,
  contact: Proposal['contact'],
): string | undefined {
  if (contact?.email && contact.phone)
    return text(context, deps, 'arrangement:confirm.contactBoth', {
      email: contact.email,
      phone: contact.phone,
    });
  return contact?.email ?? contact?.phone;
}

/** The contact for the decision and the confirmation of the request, then the filing: a loop of their own. */
export function confirmSteps(deps: DialogDeps): WaterfallStep[] {
  return [(s) => askContact(deps, s), (s) => askConfirmation(deps, s), (s) => afterConfirm(deps, s)];
}

async function askContact(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const proposal = Object.assign(proposalOf(step), step.options as Proposal);
  // Given before the flow started again (a change of language at the confirmation): read back, not asked.
  proposal.contact ??= (await deps.state.conversation.get(step.context, {})).arrangementContact;
  if (proposal.contact) return step.next();
  const keys = { ask: 'arrangement:contact.ask', retry: 'arrangement:contact.retry' };
  return step.prompt(CONTACT_PROMPT, promptOptions(step.context, deps, keys));
}

async function askConfirmation(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const context = step.context;
  const proposal = proposalOf(step);
  proposal.contact ??= contactInParts(context) ?? (await readContact(context, deps));
  // "Eigenlijk is het maandbedrag te hoog" instead of a contact.
  const objection = proposal.contact ? undefined : scheduleObjection(context.activity.text ?? '');
  if (objection) return objected(step, objection);
  // "Actually no", "I need to think about it" instead of a contact: nothing is requested.
  if (!proposal.contact && (await changedMind(context, deps))) {
    await sayDeclined(deps, context);
    return step.endDialog({});
  }
  // "Actually I'll pay it all at once" instead of a contact.
  if (!proposal.contact && wantsToPayInFull(context.activity.text ?? '')) return payInFull(deps, step);
  if (!proposal.contact) return step.endDialog({ reroute: true } satisfies FlowResult);
  (await deps.state.conversation.get(context, {})).arrangementContact = proposal.contact;
  const locale = turnLocale(context);
  const vars = {
    terms: agreedTerms(context, deps, proposal.draft),
    firstDue: formatDate(proposal.draft.firstDueDate, locale),
    contact: contactText(context, deps, proposal.contact),
  };
  const keys = { ask: 'arrangement:confirm.ask', retry: 'arrangement:confirm.retry' };
  return step.prompt(CONFIRM_PROMPT, promptOptions(context, deps, keys, confirmChoices(context, deps), vars));
}

async function afterConfirm(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const context = step.context;
  const message = context.activity.text ?? '';
  const { draft } = proposalOf(step);
  // Kept only while this confirmation is open; asking it again stores it again.
  (await deps.state.conversation.get(context, {})).arrangementContact = undefined;
  // "nee, mijn e-mailadres is …": the new contact, and the confirmation asked again.
  const corrected = await readContact(context, deps);
  const current = proposalOf(step).contact;
  // A phone number after an e-mail address (or the other way round) is added: the request carries
  // both (the collection system's contract has an e-mail and a phone); one of the same kind, or one
  // said as a correction ("nee wacht, mijn mailadres is …"), replaces it.
  const contact = corrected && !correctsContact(message) ? { ...current, ...corrected } : corrected;
  if (contact && contactText(context, deps, contact) !== contactText(context, deps, current))
    return step.replaceDialog(CONFIRM_STEPS, { draft, contact } satisfies Proposal);
  // "Nee, het laatste is 87, niet 78": the number read back with those digits corrected, asked again.
  const digits = current?.phone && !corrected ? phoneWithDigitsCorrected(current.phone, message) : undefined;
  if (digits)
    return step.replaceDialog(CONFIRM_STEPS, {
      draft,
      contact: { ...current, phone: digits },
    } satisfies Proposal);
  // "Ok dan 50 euro per maand" at € 47,83: that fits; said, and the confirmation asked again.
  if (!corrected && (await ownAmountFitsAtConfirmation(context, deps, draft)))
    return step.replaceDialog(CONFIRM_STEPS, { draft, contact: current } satisfies Proposal);
  // "Nee, het maandbedrag is toch te hoog", "nee, ik kan helemaal niet betalen": nothing is filed.
  const objection = scheduleObjection(message);
  if (objection) return objected(step, objection);
  // "Ich zahle doch lieber alles auf einmal": nothing is filed; the total and the ways to pay.
  if (wantsToPayInFull(message)) return payInFull(deps, step);
  // "Can I change my e-mail address?", "ich möchte eine andere Adresse angeben": which one, then confirm again.
  if (!corrected && wantsOtherContact(message))
    return step.replaceDialog(CONFIRM_STEPS, { draft } satisfies Proposal);
  // "Do I get a confirmation by e-mail?": what the contact is for, then the confirmation again.
  if (!corrected && current && asksAboutContact(message)) {
    await say(context, deps, {
      text: text(context, deps, 'arrangement:confirm.contactUse', {
        contact: contactText(context, deps, current),
      }),
    });
    return step.replaceDialog(CONFIRM_STEPS, { draft, contact: current } satisfies Proposal);
  }
  if (saysUnsure(message)) {
    await say(context, deps, { text: text(context, deps, 'arrangement:confirm.unsure') });
    return step.replaceDialog(CONFIRM_STEPS, { draft, contact: current } satisfies Proposal);
  }
  const answer = wantsToThinkItOver(message)
    ? 'no'
    : await readYesNo(context, deps, confirmChoices(context, deps));
  // A question the knowledge base has no answer to does not throw away the request at the last step.
  if ((answer === 'elsewhere' || answer === undefined) && asksOwnQuestion(message)) {
    await say(context, deps, { text: text(context, deps, 'arrangement:confirm.noAnswer') });
    return step.replaceDialog(CONFIRM_STEPS, { draft, contact: current } satisfies Proposal);
  }
  if (answer !== 'yes' && answer !== 'no') return step.endDialog({ reroute: true } satisfies FlowResult);
  // "nee, het telefoonnummer klopt niet", "nee het is tom streepje hendriks": ask the contact again.
  if (answer === 'no' && (mentionsContact(message) || correctsReadBack(message)))
    return step.replaceDialog(CONFIRM_STEPS, { draft } satisfies Proposal);
  if (answer === 'no') {
    // Kept for "ja, toch wel versturen" or a new contact next: the flow then asks this confirmation again.
    await sayDeclinedAtConfirmation(deps, context, current);
    return step.endDialog({});
  }
  await fileArrangement(context, deps, draft, proposalOf(step).contact);
  return step.endDialog({});
}
