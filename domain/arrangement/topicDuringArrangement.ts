import type { TopicId } from '../knowledge/topics';

/**
 * A question asked while a payment arrangement is being requested, read for that request (DOMAIN.md
 * §1.8): "kan ik ook bezwaar maken?" at the schedule is whether to appeal instead, and an appeal
 * means no arrangement now (nothing to pay while it runs; request again if the fine is upheld).
 */
const DURING_ARRANGEMENT: Partial<Record<TopicId, TopicId>> = {
  objection: 'appeal_and_instalments',
};

export function topicDuringArrangement(topicId: TopicId): TopicId {
  return DURING_ARRANGEMENT[topicId] ?? topicId;
}
