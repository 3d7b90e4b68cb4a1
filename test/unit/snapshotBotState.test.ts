import {
  ConversationState,
  MemoryStorage,
  TestAdapter,
  TurnContext,
  UserState,
  type Activity,
  type StoreItems,
} from 'botbuilder';
import { MemoryStateStorage } from '../../adapters/storage/memoryStateStorage';
import { SnapshotConversationState, SnapshotUserState } from '../../bot/snapshotBotState';

/** MemoryStorage that counts writes, so a test can see whether a turn saved anything. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    await super.write(changes);
  }
}

const adapter = new TestAdapter();
const turn = (conversationId = 'c1', userId = 'u1'): TurnContext =>
  new TurnContext(adapter, {
    type: 'message',
    channelId: 'webchat',
    conversation: { id: conversationId },
    from: { id: userId },
    recipient: { id: 'bot' },
    text: 'hallo',
  } as Activity);

describe('SnapshotConversationState / SnapshotUserState', () => {
  it('keeps what a turn set for the next turn, under botbuilder’s own storage keys', async () => {
    const storage = new MemoryStorage();
    const state = new SnapshotConversationState(storage);
    const data = state.createProperty<{ count: number }>('data');
    const first = turn();
    await state.load(first);
    (await data.get(first, { count: 0 }))!.count = 3;
    await state.saveChanges(first);

    // botbuilder's plain ConversationState reads the same document: stored data stays compatible.
    const plain = new ConversationState(storage);
    const second = turn();
    expect(await plain.createProperty<{ count: number }>('data').get(second)).toEqual({ count: 3 });
    const user = new UserState(storage);
    await user.createProperty<string>('locale').set(second, 'en');
    await user.saveChanges(second);
    expect(await new SnapshotUserState(storage).createProperty<string>('locale').get(turn())).toBe('en');
  });

  it('writes only when the turn changed something, or when forced', async () => {
    const storage = new CountingStorage();
    const state = new SnapshotConversationState(storage);
    const data = state.createProperty<{ count: number }>('data');

    const changed = turn();
    await data.set(changed, { count: 1 });
    await state.saveChanges(changed);
    expect(storage.writes).toBe(1);
    await state.saveChanges(changed); // nothing new since the last save
    expect(storage.writes).toBe(1);

    const readOnly = turn();
    expect(await data.get(readOnly)).toEqual({ count: 1 });
    await state.saveChanges(readOnly);
    expect(storage.writes).toBe(1);
    await state.saveChanges(readOnly, true);
    expect(storage.writes).toBe(2);

    const nested = turn();
    (await data.get(nested))!.count = 2; // a change deep inside an object counts too
    await state.saveChanges(nested);
    expect(storage.writes).toBe(3);
    expect(await data.get(turn())).toEqual({ count: 2 });
  });

  it('clear empties the state and the next save writes it; delete removes it from storage', async () => {
    const storage = new MemoryStorage();
    const state = new SnapshotConversationState(storage);
    const data = state.createProperty<number>('n');
    const first = turn();
    await data.set(first, 5);
    await state.saveChanges(first);

    const second = turn();
    await state.load(second);
    await state.clear(second);
    expect(state.get(second)).toEqual({});
    await state.saveChanges(second);
    expect(await data.get(turn())).toBeUndefined();

    const third = turn();
    await data.set(third, 7);
    await state.saveChanges(third);
    await state.delete(turn());
    expect(await storage.read(['webchat/conversations/c1/'])).toEqual({});
  });

  it('keeps conversations and users apart', async () => {
    const storage = new MemoryStorage();
    const conversations = new SnapshotConversationState(storage);
    const users = new SnapshotUserState(storage);
    const a = turn('a', 'ua');
    await conversations.createProperty<string>('x').set(a, 'A');
    await users.createProperty<string>('x').set(a, 'UA');
    await conversations.saveChanges(a);
    await users.saveChanges(a);
    const b = turn('b', 'ub');
    expect(await conversations.createProperty<string>('x').get(b)).toBeUndefined();
    expect(await users.createProperty<string>('x').get(b)).toBeUndefined();
    const again = turn('a', 'ua');
    expect(await conversations.createProperty<string>('x').get(again)).toBe('A');
    expect(await users.createProperty<string>('x').get(again)).toBe('UA');
  });

  it('reloads from storage when forced (the turn pipeline’s retry after a conflict)', async () => {
    const storage = new MemoryStorage();
    const state = new SnapshotConversationState(storage);
    const data = state.createProperty<number>('n');
    const context = turn();
    await data.set(context, 1);
    await state.saveChanges(context);
    const other = turn();
    await data.set(other, 2);
    await state.saveChanges(other, true);
    expect(await data.get(context)).toBe(1);
    await state.load(context, true);
    expect(await data.get(context)).toBe(2);
  });

  it('a property read with a default stores a copy of the default; set and delete change the state', async () => {
    const storage = new MemoryStorage();
    const state = new SnapshotConversationState(storage);
    const data = state.createProperty<{ items: string[] }>('data');
    const fallback = { items: [] as string[] };
    const context = turn();
    const value = await data.get(context, fallback);
    value.items.push('a');
    expect(fallback.items).toEqual([]); // the default itself is never handed out
    expect(await data.get(context)).toEqual({ items: ['a'] });
    await data.set(context, { items: ['b'] });
    expect(await data.get(context, fallback)).toEqual({ items: ['b'] });
    await data.delete(context);
    expect(await data.get(context)).toBeUndefined();
    expect(await state.createProperty<number>('count').get(context, 0)).toBe(0);
    expect(state.get(context)).toEqual({ count: 0 });
  });

  it('a turn that saves over a newer state (another turn wrote meanwhile) fails with an eTag conflict', async () => {
    const storage = new MemoryStateStorage();
    const state = new SnapshotConversationState(storage);
    const notes = state.createProperty<string[]>('notes');
    const setup = turn();
    await notes.set(setup, ['start']);
    await state.saveChanges(setup);

    const slow = turn();
    const fast = turn();
    (await notes.get(slow))!.push('slow');
    (await notes.get(fast))!.push('fast');
    await state.saveChanges(fast);
    await expect(state.saveChanges(slow)).rejects.toThrow(/etag conflict/i);
    expect(await notes.get(turn())).toEqual(['start', 'fast']);

    // what the turn pipeline does next: load again and run the turn on the newer state
    await state.load(slow, true);
    (await notes.get(slow))!.push('slow');
    await state.saveChanges(slow);
    expect(await notes.get(turn())).toEqual(['start', 'fast', 'slow']);
  });

  it('saves twice in one turn, with our storages and with botbuilder’s MemoryStorage', async () => {
    for (const storage of [new MemoryStateStorage(), new MemoryStorage()]) {
      const state = new SnapshotConversationState(storage);
      const n = state.createProperty<number>('n');
      const setup = turn();
      await n.set(setup, 1);
      await state.saveChanges(setup);
      const context = turn();
      await n.set(context, 2);
      await state.saveChanges(context);
      await n.set(context, 3);
      await state.saveChanges(context);
      expect(await n.get(turn())).toBe(3);
    }
  });
});
