/**
 * Transcript numbering on MongoDB when more than one process writes the same conversation (two
 * assistant instances, a staff member in the console): every entry stored once, numbered 1, 2, 3 …
 * without gaps or doubles, and a reader polling with the last number it saw never misses one.
 */
import { MongoTranscriptStore } from '../../adapters/storage/mongoTranscriptStore';
import { useTestMongo } from '../support/suiteMongo';

const at = (i: number) => new Date(Date.UTC(2026, 10, 24, 12, 0, i));

describe('transcript numbering across processes (MongoDB)', () => {
  const mongo = useTestMongo();

  async function twoProcesses(): Promise<[MongoTranscriptStore, MongoTranscriptStore]> {
    const name = `transcripts${mongo.nextSuffix()}`;
    const a = new MongoTranscriptStore(mongo.db, 90, name);
    const b = new MongoTranscriptStore(mongo.db, 90, name);
    await a.ensureIndexes();
    return [a, b];
  }

  it('goes on from the other process’s entries instead of overwriting or dropping them', async () => {
    const [a, b] = await twoProcesses();
    await a.append('webchat/x', [
      { role: 'citizen', text: 'hallo', at: at(1) },
      { role: 'assistant', text: 'dag', at: at(2) },
    ]);
    // The other process has never seen this conversation: its first try collides, then it goes on.
    const fromB = await b.append('webchat/x', [
      { role: 'agent', text: 'Ik help u', at: at(3), author: 'Ann' },
      { role: 'citizen', text: 'dank u', at: at(4) },
    ]);
    expect(fromB.map((e) => e.seq)).toEqual([3, 4]);
    // The first process remembers 2 as its last number: it collides once, then writes 5.
    const fromA = await a.append('webchat/x', [{ role: 'assistant', text: 'graag gedaan', at: at(5) }]);
    expect(fromA.map((e) => e.seq)).toEqual([5]);
    expect((await a.list('webchat/x')).map((e) => [e.seq, e.text])).toEqual([
      [1, 'hallo'],
      [2, 'dag'],
      [3, 'Ik help u'],
      [4, 'dank u'],
      [5, 'graag gedaan'],
    ]);
  });

  it('numbers concurrent writes of two processes without gaps or doubles, none lost', async () => {
    const [a, b] = await twoProcesses();
    const writes = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? a : b).append('webchat/race2', [
        { role: 'citizen', text: `c${i}`, at: at(i) },
        { role: 'assistant', text: `a${i}`, at: at(i) },
      ]),
    );
    const stored = (await Promise.all(writes)).flat();
    const listed = await a.list('webchat/race2');
    expect(listed.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(stored.map((e) => e.seq)).size).toBe(40);
    // Each write's entries keep their order (the citizen's message before the answer to it).
    for (let i = 0; i < 20; i++) {
      const c = listed.findIndex((e) => e.text === `c${i}`);
      expect(listed.findIndex((e) => e.text === `a${i}`)).toBeGreaterThan(c);
    }
  });

  it('a reader polling after the last number it saw gets every later entry', async () => {
    const [a, b] = await twoProcesses();
    await a.append('webchat/poll', [{ role: 'citizen', text: 'one', at: at(1) }]);
    const seen = (await a.list('webchat/poll')).map((e) => e.seq);
    await b.append('webchat/poll', [{ role: 'agent', text: 'two', at: at(2), author: 'Ann' }]);
    await a.append('webchat/poll', [{ role: 'citizen', text: 'three', at: at(3) }]);
    const after = await b.list('webchat/poll', Math.max(...seen));
    expect(after.map((e) => e.text)).toEqual(['two', 'three']);
  });
});
