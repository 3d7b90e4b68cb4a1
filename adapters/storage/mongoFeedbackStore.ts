import { randomUUID } from 'node:crypto';
import type { Collection, Db, Filter } from 'mongodb';
import { isLocale } from '../../domain/language/locale';
import type { FeedbackRecord, FeedbackStore, TopicFeedbackCount } from '../../domain/ports/feedbackStore';
import { countFeedback } from './feedbackCounts';

interface FeedbackDocument {
  _id: string;
  topicId: string;
  helpful: boolean;
  locale: string;
  channelId: string;
  at: Date;
}

/**
 * Answer ratings in MongoDB: one small document per rating (no arrays that grow), counted in code.
 * The documents hold no personal data, so they need no retention sweep.
 */
export class MongoFeedbackStore implements FeedbackStore {
  private readonly collection: Collection<FeedbackDocument>;

  constructor(db: Db, collectionName = 'feedback') {
    this.collection = db.collection<FeedbackDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ at: 1 });
    await this.collection.createIndex({ topicId: 1 });
  }

  async record(feedback: FeedbackRecord): Promise<void> {
    // Values are copied field by field and typed, so nothing from a message can reach the query language.
    await this.collection.insertOne({
      _id: randomUUID(),
      topicId: String(feedback.topicId),
      helpful: feedback.helpful === true,
      locale: isLocale(feedback.locale) ? feedback.locale : 'nl',
      channelId: String(feedback.channelId),
      at: new Date(feedback.at.getTime()),
    });
  }

  async countsByTopic(since?: Date): Promise<TopicFeedbackCount[]> {
    const filter: Filter<FeedbackDocument> = since ? { at: { $gte: new Date(since.getTime()) } } : {};
    const docs = await this.collection.find(filter, { projection: { topicId: 1, helpful: 1 } }).toArray();
    return countFeedback(docs);
  }
}
