import type { Db, Document, WithId } from 'mongodb';
import type { TestConversation } from './testApp';
import { waitFor } from './waitFor';

/**
 * Forgets every arrangement request, the app's and the demo back office's (which keeps them in the
 * same MongoDB): filing is idempotent per debtor, claims, amount and month, so a test that files
 * starts with nothing filed.
 */
export async function forgetFiledRequests(db: Db): Promise<void> {
  await db.collection('arrangementRequests').deleteMany({});
  await db.collection('demoArrangementRequests').deleteMany({});
}

/** The requests the demo back office received for a debtor, once there is at least one. */
export function filedWithBackOffice(db: Db, debtorId: string): Promise<WithId<Document>[]> {
  return waitFor(async () => {
    const found = await db.collection('demoArrangementRequests').find({ debtorId }).toArray();
    return found.length > 0 ? found : undefined;
  });
}

/** The conversation's handoff case, once it is written (the handoff follows the reply). */
export function handoffCaseOf(db: Db, c: TestConversation): Promise<WithId<Document>> {
  return waitFor(() =>
    db
      .collection('handoffCases')
      .findOne({ _id: `${c.channelId}/${c.id}` as never })
      .then((d) => d ?? undefined),
  );
}
