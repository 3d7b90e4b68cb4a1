import type { TurnContext } from 'botbuilder';
import { correctsFiledContact, isContactAlone } from '../domain/arrangement/contactAfterFiling';
import type { Recognition } from '../domain/ports/recognizer';
import { offersAfterFiled } from './arrangementFiling';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { askAboutPerson } from './personQuestion';
import { text } from './turn';

/**
 * A new e-mail address or phone number after the request was filed ("oh no, a typo in my email,
 * it should be …"): the request on file cannot be changed here and no second one is filed (the
 * outbox forgets the contact once the back office has it); a member of staff can put the new
 * detail with the request by its reference, so a person is offered ("ja" hands over, with the
 * reason). Whether it answered.
 */
export async function replyToFiledContactChange(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  const reference = data.arrangementReference;
  const contact = recognition.entities.email ?? recognition.entities.phone;
  if (!data.arrangementFiled || !reference || !contact) return false;
  // A number asked for by a person offered or a call back is theirs, not a correction.
  const offered = data.pendingClarification;
  if (data.personOffered || (offered?.includes('human_agent') && !offersAfterFiled(offered))) return false;
  if (!correctsFiledContact(recognition.text) && !isContactAlone(recognition.text)) return false;
  data.pendingClarification = undefined;
  data.personOffered = true;
  // Staff see why: the citizen wants the contact of the filed request changed.
  data.handoffReason = 'change_request';
  await askAboutPerson(
    context,
    deps,
    text(context, deps, 'arrangement:filed.contactChange', { reference, contact }),
  );
  return true;
}
