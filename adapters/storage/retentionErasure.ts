import type { Db, Filter, Document } from 'mongodb';

/** Documents keyed by a string id (every collection the assistant owns). */
type Keyed = Document & { _id: string };
import { lockKeyId } from './lockKeyId';
import { DIRECTLINE_ACTIVITIES, DIRECTLINE_CONVERSATIONS } from '../channels/directLine/mongoDirectLineStore';

/** Deleted documents per collection. */
export type ErasureReport = Record<string, number>;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The right to erasure: removes what the assistant keeps about one conversation, or about one
 * debtor (every conversation in which that debtor was identified, found through the lookup audit
 * and the handoff cases, plus their delivered arrangement requests). Arrangement requests not yet
 * delivered are kept and counted: deleting them would silently withdraw the citizen's request.
 * Ids are always used as plain strings, never as query objects.
 */
export class ConversationEraser {
  constructor(private readonly db: Db) {}

  /** Every channel's conversation with this id (ids are unique per channel; usually one matches). */
  async eraseConversation(conversationId: string, channelId?: string): Promise<ErasureReport> {
    const id = String(conversationId);
    const report: ErasureReport = {};
    const channelPattern = channelId === undefined ? '[^/]+' : escapeRegex(String(channelId));
    // botbuilder's ConversationState key ends in "/" (an empty namespace): "webchat/conversations/<id>/".
    const stateKey = new RegExp(`^${channelPattern}/conversations/${escapeRegex(id)}/?$`);
    const channels = new Set<string>(channelId === undefined ? [] : [String(channelId)]);
    for (const doc of await this.db
      .collection<Keyed>('botState')
      .find({ _id: { $regex: stateKey } })
      .toArray()) {
      channels.add(String(doc._id).split('/')[0]);
    }
    for (const doc of await this.db.collection('lookupAudit').find({ conversationId: id }).toArray()) {
      if (channelId === undefined || doc.channelId === channelId) channels.add(String(doc.channelId));
    }
    for (const doc of await this.db
      .collection<Keyed>('handoffCases')
      .find({ _id: { $regex: new RegExp(`^${channelPattern}/${escapeRegex(id)}$`) } })
      .toArray()) {
      channels.add(String(doc._id).split('/')[0]);
    }
    const count = async (collection: string, filter: Filter<Keyed>): Promise<void> => {
      const result = await this.db.collection<Keyed>(collection).deleteMany(filter);
      report[collection] = (report[collection] ?? 0) + result.deletedCount;
    };
    for (const channel of channels) {
      const key = `${channel}/${id}`;
      const stateIds = [`${channel}/conversations/${id}/`, `${channel}/conversations/${id}`];
      // The citizen's own state on that channel (their chosen language), named in the conversation's.
      for (const userId of await this.citizensOf(stateIds))
        await count('botState', { _id: `${channel}/users/${userId}/` });
      await count('botState', { _id: { $in: stateIds } });
      await count('turnLeases', { _id: key });
      await count('transcripts', { conversationKey: key });
      // Transcript counters of earlier versions (numbering no longer needs them), still erased.
      await count('transcriptsCounters', { _id: key });
      await count('handoffCases', { _id: key });
      await count('handoffOutbox', { conversationKey: key });
      await count('callbackRequests', { conversationKey: key });
      await count('lookupAudit', { channelId: channel, conversationId: id });
      await count('lookupLocks', { _id: lockKeyId({ kind: 'conversation', id: key }) });
    }
    // The self-hosted Direct Line's copy of a web chat (its ids are unique across channels).
    if (channelId === undefined || channelId === 'webchat' || channelId === 'directline') {
      await count(DIRECTLINE_ACTIVITIES, { conversationId: id });
      await count(DIRECTLINE_CONVERSATIONS, { _id: id });
    }
    return report;
  }

  /** The channel user ids the conversation states name (ConversationData.citizenId). */
  private async citizensOf(stateIds: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const doc of await this.db
      .collection<Keyed>('botState')
      .find({ _id: { $in: stateIds } })
      .toArray()) {
      try {
        const citizenId = (JSON.parse(String(doc.json)) as { conversationData?: { citizenId?: unknown } })
          .conversationData?.citizenId;
        if (typeof citizenId === 'string' && citizenId) ids.push(citizenId);
      } catch {
        // not the assistant's JSON: nothing to follow
      }
    }
    return ids;
  }

  /** Every conversation in which this debtor was identified, and their delivered arrangement requests. */
  async eraseDebtor(debtorId: string): Promise<ErasureReport & { arrangementRequestsKept: number }> {
    const id = String(debtorId);
    const conversations = new Map<string, string>();
    for (const doc of await this.db.collection('lookupAudit').find({ debtorId: id }).toArray()) {
      conversations.set(`${doc.channelId}/${doc.conversationId}`, String(doc.conversationId));
    }
    for (const doc of await this.db
      .collection('handoffCases')
      .find({ 'summary.identified.debtorId': id })
      .toArray()) {
      const key = String(doc._id);
      conversations.set(key, key.slice(key.indexOf('/') + 1));
    }
    const report: ErasureReport = {};
    for (const [key, conversationId] of conversations) {
      const part = await this.eraseConversation(conversationId, key.slice(0, key.indexOf('/')));
      for (const [collection, n] of Object.entries(part)) report[collection] = (report[collection] ?? 0) + n;
    }
    const requests = this.db.collection('arrangementRequests');
    const delivered = await requests.deleteMany({ 'submission.debtorId': id, state: 'delivered' });
    report.arrangementRequests = delivered.deletedCount;
    const kept = await requests.countDocuments({ 'submission.debtorId': id });
    return { ...report, conversations: conversations.size, arrangementRequestsKept: kept };
  }
}
