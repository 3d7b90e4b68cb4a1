import type { FeedbackRecord, TopicFeedbackCount } from '../../domain/ports/feedbackStore';

/** Counts ratings per topic in code (the embedded MongoDB's aggregation is unreliable), sorted by topic id. */
export function countFeedback(
  records: Iterable<Pick<FeedbackRecord, 'topicId' | 'helpful'>>,
): TopicFeedbackCount[] {
  const counts = new Map<string, TopicFeedbackCount>();
  for (const { topicId, helpful } of records) {
    const count = counts.get(topicId) ?? { topicId, helpful: 0, notHelpful: 0 };
    if (helpful) count.helpful += 1;
    else count.notHelpful += 1;
    counts.set(topicId, count);
  }
  return [...counts.values()].sort((a, b) => a.topicId.localeCompare(b.topicId));
}
