import type { TurnContext } from 'botbuilder';
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
 * the answer needs no record, so no lookup is asked first. True when answered.
 */
export async function replyLowerInstalmentBeforeLookup(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  if (data.identified !== undefined || ownClaimQuestion(recognition.text) !== 'lowerInstalment') return false;
  // "Het maandbedrag van mijn betalingsregeling is te hoog" alone may be about any arrangement: the
  // knowledge answer. Only one named as running, or a lost income with it, gets this answer.
  if (!namesArrangementAsRunning(recognition.text) && !saysIncomeLost(recognition.text)) return false;
  const locale = turnLocale(context);
  data.misunderstandings = 0;
  data.pendingClarification = undefined;
  data.lastIntent = 'payment_arrangement';
  data.personOffered = true;
  data.handoffReason = 'personal_arrangement';
  const reply = lowerInstalmentReply(deps.localizer, locale, [recognition.text]);
  await askAboutPerson(context, deps, `${reply.text} ${deps.localizer.t(locale, 'arrangement:person.ask')}`);
  return true;
}
