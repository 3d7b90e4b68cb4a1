import type { TurnContext } from 'botbuilder';
import { asksToChangeFiledRequest } from '../domain/language/changeAfterFiling';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { replyToFiledContactChange } from './filedContactChange';
import { askAboutPerson } from './personQuestion';
import { turnLocale } from './turn';

/**
 * "Kan ik het nog wijzigen?" after an arrangement request was sent in this conversation: honestly,
 * the assistant cannot; a member of staff can (with the reference), or the decision letter follows.
 * A person is offered, so "ja" arranges one (the call back out of office hours). Whether it answered.
 */
export async function replyToChangeOfFiledRequest(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  // "Oh no, a typo in my email, it should be …": the new detail for staff (see filedContactChange).
  if (await replyToFiledContactChange(context, deps, recognition, data)) return true;
  const reference = data.arrangementReference;
  if (!data.arrangementFiled || !reference || !asksToChangeFiledRequest(recognition.text)) return false;
  data.pendingClarification = undefined;
  data.personOffered = true;
  // Staff see why: the citizen wants the filed request changed (not a misunderstanding).
  data.handoffReason = 'change_request';
  await askAboutPerson(
    context,
    deps,
    deps.localizer.t(turnLocale(context), 'common:filedRequest.change', { reference }),
  );
  return true;
}
