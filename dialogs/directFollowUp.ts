import type { TurnContext } from 'botbuilder';
import { directAnswer, type DirectAnswerId } from '../domain/knowledge/directAnswer';
import type { TopicId } from '../domain/knowledge/topics';
import type { DialogDeps } from './dialogDeps';

/** The short answers on the CJIB's own taking of a licence or car (for unpaid fines). */
const CJIB_SEIZURE: ReadonlySet<DirectAnswerId> = new Set(['licenceBack', 'vehicleBack', 'vehicleTime']);

/**
 * The short answer to a follow-up on the answer just given (directAnswer.ts), in this conversation:
 * "hoe lang duurt dat?", "when do I get it back?" after the licence taken by the police is the OM's
 * matter still, not when the CJIB gives back what it took for unpaid fines.
 */
export async function directFollowUp(
  context: TurnContext,
  deps: DialogDeps,
  topicId: TopicId,
): Promise<DirectAnswerId | undefined> {
  const direct = directAnswer(topicId, context.activity.text ?? '');
  if (!direct || !CJIB_SEIZURE.has(direct)) return direct;
  const data = await deps.state.conversation.get(context, {});
  return data.takenByPolice ? 'takenByPoliceBack' : direct;
}
