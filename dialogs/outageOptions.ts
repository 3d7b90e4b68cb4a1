import type { TurnContext } from 'botbuilder';
import { asksWhatNext } from '../domain/language/nextStepQuestion';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { askAboutPerson } from './personQuestion';
import { turnLocale } from './turn';

/**
 * "En nu?", "what are my options?" after the back office was down (the lookup or the arrangement's
 * identification): the two options again, a person now or trying later with the details kept, and
 * the offer of a person once more; not the fallback. Whether it answered.
 */
export async function replyWhatNowAfterOutage(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  // (Only while nothing else was asked since: a later "en nu?" is about what was said then.)
  const outage = data.lookupOutage;
  if (!outage || data.lastIntent !== outage || !asksWhatNext(recognition.text)) return false;
  data.misunderstandings = 0;
  data.pendingClarification = undefined;
  data.personOffered = true;
  // (After the lookup, paying with the letter's details is a third option.)
  const key = outage === 'fine_status' ? 'lookup:outageOptions' : 'arrangement:outageOptions';
  await askAboutPerson(context, deps, deps.localizer.t(turnLocale(context), key));
  return true;
}
