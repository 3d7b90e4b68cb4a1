import type { TurnContext } from 'botbuilder';
import { askedFirst } from '../domain/knowledge/askedFirst';
import { writesForSomeoneElse } from '../domain/language/forSomeoneElse';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { say, text } from './turn';

/**
 * "Mag ik namens mijn opa een regeling aanvragen?": the question is answered before the flow asks
 * for the number (DOMAIN.md is silent on acting for someone: what the assistant can do with the
 * letter's number and postcode, that the decision goes by letter to the person concerned, and that
 * a person can help). "Ik ben de kleindochter van mevrouw Visser…": said whom "u" means in what
 * follows. Once per conversation; the message is then handled as usual.
 */
export async function sayForSomeoneElse(
  context: TurnContext,
  deps: DialogDeps,
  said: string,
  data: ConversationData,
): Promise<void> {
  // "Ik wil de boete van mn zoon betalen", "mag ik namens haar bellen?": the knowledge base's own answer.
  if (data.forSomeoneElseSaid || askedFirst(said)) return;
  const kind = writesForSomeoneElse(said);
  if (!kind) return;
  data.forSomeoneElseSaid = true;
  await say(context, deps, { text: text(context, deps, `guidance:forSomeoneElse.${kind}`) });
}
