import type { Db } from 'mongodb';
import { MemoryFeedbackStore } from '../adapters/storage/memoryFeedbackStore';
import { MongoFeedbackStore } from '../adapters/storage/mongoFeedbackStore';
import type { FeedbackStore } from '../domain/ports/feedbackStore';

/**
 * Where "did this help?" ratings go: the assistant's MongoDB (collection `feedback`, indexes made
 * here at start-up), or memory with STORAGE=memory. Ratings hold a topic id, never message text.
 */
export async function createFeedbackStore(db?: Db): Promise<FeedbackStore> {
  if (!db) return new MemoryFeedbackStore();
  const store = new MongoFeedbackStore(db);
  await store.ensureIndexes();
  return store;
}
