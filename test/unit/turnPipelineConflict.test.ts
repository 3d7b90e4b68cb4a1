import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { LocalTurnQueue } from '../../adapters/storage/localTurnQueue';
import { MemoryStateStorage } from '../../adapters/storage/memoryStateStorage';
import { SnapshotConversationState, SnapshotUserState } from '../../bot/snapshotBotState';
import { TurnPipeline } from '../../bot/turnPipeline';
import type { ConversationData, UserProfile } from '../../dialogs/conversationData';
import type { DialogDeps } from '../../dialogs/dialogDeps';
import { silentLogger } from '../../domain/ports/logger';

/**
 * Two turns of one conversation that overlap anyway (another instance whose lease ran out): the
 * later save finds a newer state, and the turn is run again on it, so neither turn's effect is lost.
 */
describe('turn pipeline on a state conflict', () => {
  it('runs the turn again on the newer state and keeps both changes', async () => {
    const storage = new MemoryStateStorage();
    const conversationState = new SnapshotConversationState(storage);
    const userState = new SnapshotUserState(storage);
    const data = conversationState.createProperty<ConversationData & { seen?: string[] }>('conversationData');
    const deps = {
      state: { conversation: data, user: userState.createProperty<UserProfile>('userProfile') },
    } as unknown as DialogDeps;

    // The other instance: its own state objects on the same storage.
    const otherState = new SnapshotConversationState(storage);
    const otherData = otherState.createProperty<{ seen?: string[] }>('conversationData');

    let attempts = 0;
    const handler = {
      async run(context: TurnContext): Promise<void> {
        attempts++;
        const mine = await data.get(context, {});
        if (attempts === 1) {
          const other = new TurnContext(new TestAdapter(), context.activity);
          (await otherData.get(other, {}))!.seen = [
            ...((await otherData.get(other, {}))!.seen ?? []),
            'other',
          ];
          await otherState.saveChanges(other);
        }
        await context.sendActivity(`attempt ${attempts}`);
        mine.seen = [...(mine.seen ?? []), 'mine'];
        await conversationState.saveChanges(context);
      },
    };
    const pipeline = new TurnPipeline(
      handler,
      new LocalTurnQueue(),
      deps,
      conversationState,
      userState,
      'nl',
      silentLogger,
    );
    const activity = {
      type: 'event',
      name: 'ping',
      channelId: 'webchat',
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
    } as Activity;

    // The conversation has had turns before: its state is stored, with an eTag.
    const earlier = new TurnContext(new TestAdapter(), activity);
    await data.set(earlier, { seen: ['earlier'] });
    await conversationState.saveChanges(earlier);

    const context = new TurnContext(new TestAdapter(), activity);
    await pipeline.run(context);

    expect(attempts).toBe(2);
    // The reply of the attempt that was run again is not sent as well.
    expect(context.bufferedReplyActivities.map((a) => a.text)).toEqual(['attempt 2']);
    const check = new TurnContext(new TestAdapter(), activity);
    expect((await data.get(check))?.seen).toEqual(['earlier', 'other', 'mine']);
  });
});
