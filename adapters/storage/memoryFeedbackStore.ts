import type { FeedbackRecord, FeedbackStore, TopicFeedbackCount } from '../../domain/ports/feedbackStore';
import { countFeedback } from './feedbackCounts';

/** In-memory FeedbackStore for dialog tests and STORAGE=memory; passes the same contract suite as Mongo. */
export class MemoryFeedbackStore implements FeedbackStore {
  private readonly records: FeedbackRecord[] = [];

  async record(feedback: FeedbackRecord): Promise<void> {
    this.records.push({ ...feedback, at: new Date(feedback.at.getTime()) });
  }

  async countsByTopic(since?: Date): Promise<TopicFeedbackCount[]> {
    return countFeedback(this.records.filter((r) => !since || r.at.getTime() >= since.getTime()));
  }
}
