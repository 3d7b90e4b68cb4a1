import type { TurnContext } from 'botbuilder';
import { directAnswer, type DirectAnswerId } from '../domain/knowledge/directAnswer';
import type { TopicId } from '../domain/knowledge/topics';
import { namesLicenceOnly } from '../domain/knowledge/takenByPolice';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';

/** The short answers on the CJIB's own taking of a licence or car (for unpaid fines). */
const CJIB_SEIZURE: ReadonlySet<DirectAnswerId> = new Set(['licenceBack', 'vehicleBack', 'vehicleTime']);

/**
 * The short answer to a follow-up on the answer just given (directAnswer.ts), in this conversation:
 * "hoe lang duurt dat?", "when do I get it back?" after the licence taken by the police is the OM's
 * matter still, not when the CJIB gives back what it took for unpaid fines; after the licence taken for
 * unpaid fines, "hoe krijg ik hem terug?" is the licence's answer, not the car's.
 */
export async function directFollowUp(
  context: TurnContext,
  deps: DialogDeps,
  topicId: TopicId,
): Promise<DirectAnswerId | undefined> {
  const direct = directAnswer(topicId, context.activity.text ?? '');
  if (!direct || !CJIB_SEIZURE.has(direct)) return direct;
  const data = await deps.state.conversation.get(context, {});
  if (data.takenByPolice) return 'takenByPoliceBack';
  // "Hoe krijg ik hem terug?" after the licence taken for unpaid fines: the licence, not the car.
  return data.seizedLicence && direct !== 'licenceBack' ? 'licenceBack' : direct;
}

/** What the answer on a seized licence or car was about, for its follow-ups (see directFollowUp). */
export function rememberSeized(
  data: ConversationData,
  topicId: TopicId,
  lead: string | undefined,
  asked: string,
): void {
  if (topicId !== 'seized_vehicle') return;
  data.takenByPolice = lead === 'takenByPolice' || undefined;
  data.seizedLicence = namesLicenceOnly(asked) || undefined;
}
