import type { TurnContext } from 'botbuilder';
import type { TopicId } from '../domain/knowledge/topics';
import type { DialogDeps } from './dialogDeps';
import { directFollowUp } from './directFollowUp';
import { text } from './turn';

/**
 * A knowledge question answered in the middle of a flow ("hoe kan ik bezwaar maken?" while the lookup
 * waits for the CJIB number) is remembered for the next message only: "tot wanneer kan dat?", "how
 * long does that take?" right after it lean on that answer (the appeal's 6 weeks), not on the flow
 * (the 8 weeks to pay), as after an answer outside a flow (faqFollowUp.ts).
 */

/** Remembers `topicId` as the answer given mid-flow on this turn. */
export async function rememberAside(context: TurnContext, deps: DialogDeps, topicId: TopicId): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  data.asideTopic = { topicId, turn: data.turns ?? 0 };
}

/** The short answer to this message as a follow-up on the answer given mid-flow the turn before, or undefined. */
export async function asideFollowUp(context: TurnContext, deps: DialogDeps): Promise<string | undefined> {
  const data = await deps.state.conversation.get(context, {});
  const aside = data.asideTopic;
  if (!aside || aside.turn !== (data.turns ?? 0) - 1) return undefined;
  const direct = await directFollowUp(context, deps, aside.topicId);
  if (!direct) return undefined;
  // ("En hoe lang duurt dat dan?" next leans on the same answer.)
  data.asideTopic = { topicId: aside.topicId, turn: data.turns ?? 0 };
  return text(context, deps, `faq:direct.${direct}`);
}
