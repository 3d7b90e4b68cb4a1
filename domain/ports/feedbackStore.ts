import type { Locale } from '../language/locale';

/**
 * One "did this help?" answer. Deliberately holds no message text and nothing about the citizen:
 * only which answer was rated, how, and on which channel and language.
 */
export interface FeedbackRecord {
  /** A knowledge-base topic id (see domain/knowledge/topics.ts). */
  topicId: string;
  helpful: boolean;
  locale: Locale;
  channelId: string;
  at: Date;
}

/** The ratings of one topic, for the analytics. */
export interface TopicFeedbackCount {
  topicId: string;
  helpful: number;
  notHelpful: number;
}

/** Where the assistant keeps answer ratings. Implementations: MongoDB (default) and in-memory. */
export interface FeedbackStore {
  record(feedback: FeedbackRecord): Promise<void>;
  /** Counts per topic (topics without ratings are left out), sorted by topic id; optionally only ratings at or after `since`. */
  countsByTopic(since?: Date): Promise<TopicFeedbackCount[]>;
}
