import type { TurnContext } from 'botbuilder';
import { cannotPayRunningInstalment } from '../domain/claims/instalmentUnpaid';
import { namesArrangementAsRunning, saysIncomeLost } from '../domain/claims/runningArrangementWish';
import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { lowerInstalmentReply } from './lowerInstalmentReply';
import { askAboutPerson } from './personQuestion';
import { turnLocale } from './turn';

/**
 * "Kan het maandbedrag van mijn bestaande regeling omlaag, ik ben mijn baan kwijt" as the first
 * message, before any lookup: the same answer the running arrangement gets after one (the loss
 * acknowledged, a personal arrangement first, the noodstop as the second way; DOMAIN.md §1.4, §1.5),
 * with a person offered; "ja" hands over for a personal arrangement. Not the whole noodstop topic:
 * the answer needs no record, so no lookup is asked first. Also "ik kan de termijn van deze maand niet
 * betalen" of a running arrangement (DOMAIN.md §1.7). True when answered.
 */
export async function replyLowerInstalmentBeforeLookup(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  if (data.identified !== undefined) return false;
  // "… en kan de termijn van deze maand niet betalen": the same answer, led by what to do about the
  // instalment; kept (its kind only) so a lookup next still answers it (askedBeforeLookup.ts).
  const unpaid = cannotPayRunningInstalment(recognition.text);
  if (!unpaid && ownClaimQuestion(recognition.text) !== 'lowerInstalment') return false;
  // "Het maandbedrag van mijn betalingsregeling is te hoog" alone may be about any arrangement: the
  // knowledge answer. Only one named as running, or a lost income with it, gets this answer.
  if (!unpaid && !namesArrangementAsRunning(recognition.text) && !saysIncomeLost(recognition.text))
    return false;
  if (unpaid) data.askedBeforeLookup = 'instalmentUnpaid';
  const locale = turnLocale(context);
  data.misunderstandings = 0;
  data.pendingClarification = undefined;
  data.lastIntent = 'payment_arrangement';
  data.personOffered = true;
  data.handoffReason = unpaid ? 'cannot_pay' : 'personal_arrangement';
  const reply = lowerInstalmentReply(deps.localizer, locale, [recognition.text]);
  await askAboutPerson(context, deps, `${reply.text} ${deps.localizer.t(locale, 'arrangement:person.ask')}`);
  return true;
}
