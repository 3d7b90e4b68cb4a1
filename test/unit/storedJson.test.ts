import { TestAdapter, TurnContext } from 'botbuilder';
import { MemoryStateStorage } from '../../adapters/storage/memoryStateStorage';
import { putReadJson, putWriteJson, takeReadJson, takeWriteJson } from '../../adapters/storage/storedJson';
import { SnapshotConversationState } from '../../bot/snapshotBotState';

const turn = (): TurnContext =>
  new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'webchat',
    conversation: { id: 'c1' },
    from: { id: 'u1' },
    recipient: { id: 'bot' },
    text: 'hallo',
  } as never);

describe('stored JSON handed between the bot state and a JSON storage', () => {
  it('is taken once, and is no part of the item', () => {
    const item = { a: 1 };
    putReadJson(item, '{"a":1}');
    putWriteJson(item, '{"a":2}');
    expect(Object.keys(item)).toEqual(['a']);
    expect(JSON.stringify(item)).toBe('{"a":1}');
    expect(takeReadJson(item)).toBe('{"a":1}');
    expect(takeReadJson(item)).toBeUndefined();
    expect(takeWriteJson(item)).toBe('{"a":2}');
    expect(takeWriteJson(item)).toBeUndefined();
  });

  it('the memory storage says what it read: the item without its eTag, as JSON', async () => {
    const storage = new MemoryStateStorage();
    await storage.write({ k: { b: [1, 'x'], a: { c: null } } });
    const item = (await storage.read(['k'])).k;
    const { eTag: _eTag, ...rest } = item;
    expect(takeReadJson(item)).toBe(JSON.stringify(rest));
  });

  it('the memory storage stores the JSON it is given with a write, and JSON of the item without one', async () => {
    const storage = new MemoryStateStorage();
    const given: { a: number; eTag?: string } = { a: 1 };
    putWriteJson(given, '{"a":1}');
    await storage.write({ k: given });
    expect(takeWriteJson(given)).toBeUndefined();
    await storage.write({ j: { b: 2, eTag: '*' } });
    const read = await storage.read(['k', 'j']);
    expect(read.k).toEqual({ a: 1, eTag: given.eTag });
    expect(read.j).toEqual({ b: 2, eTag: expect.any(String) });
  });

  it('a turn that changes nothing writes nothing; a change is stored and read back', async () => {
    const storage = new MemoryStateStorage();
    const state = new SnapshotConversationState(storage);
    const data = state.createProperty<{ n?: number; list?: string[] }>('data');
    let context = turn();
    await state.load(context);
    (await data.get(context, {})).list = ['één'];
    await state.saveChanges(context);
    const write = jest.spyOn(storage, 'write');
    context = turn();
    await state.load(context);
    expect(await data.get(context)).toEqual({ list: ['één'] });
    await state.saveChanges(context);
    expect(write).not.toHaveBeenCalled();
    (await data.get(context, {})).n = 2;
    await state.saveChanges(context);
    expect(write).toHaveBeenCalledTimes(1);
    context = turn();
    await state.load(context);
    expect(await data.get(context)).toEqual({ list: ['één'], n: 2 });
  });
});
