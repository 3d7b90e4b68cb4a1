import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import type {
  CallbackOutcome,
  CallbackRequest,
  CallbackStore,
  NewCallbackRequest,
} from '../../domain/ports/callbackStore';

type CallbackDocument = Omit<CallbackRequest, 'id'> & { _id: string };

function toRequest(doc: CallbackDocument): CallbackRequest {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest };
}

/** Callback requests left outside office hours, one document each; staff mark them done. */
export class MongoCallbackStore implements CallbackStore {
  private readonly collection: Collection<CallbackDocument>;

  constructor(db: Db, collectionName = 'callbackRequests') {
    this.collection = db.collection<CallbackDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ status: 1, createdAt: 1 });
  }

  async add(request: NewCallbackRequest): Promise<CallbackRequest> {
    const doc: CallbackDocument = {
      _id: randomUUID(),
      conversationKey: String(request.conversationKey),
      phone: String(request.phone),
      partOfDay: request.partOfDay,
      locale: String(request.locale),
      reason: request.reason,
      summary: request.summary,
      createdAt: new Date(request.createdAt.getTime()),
      status: 'open',
    };
    await this.collection.insertOne(doc);
    return toRequest(doc);
  }

  async listOpen(limit: number): Promise<CallbackRequest[]> {
    const docs = await this.collection.find({ status: 'open' }).sort({ createdAt: 1 }).limit(limit).toArray();
    return docs.map(toRequest);
  }

  async markDone(id: string, by: string, at: Date, outcome: CallbackOutcome = 'reached'): Promise<boolean> {
    const result = await this.collection.updateOne(
      { _id: String(id), status: 'open' },
      {
        $set: {
          status: 'done',
          doneBy: String(by),
          doneAt: new Date(at.getTime()),
          outcome: outcome === 'unreachable' ? 'unreachable' : 'reached',
        },
      },
    );
    return result.modifiedCount === 1;
  }
}
