import { MemoryHandoffOutbox } from '../../adapters/storage/memoryHandoffOutbox';
import { MemoryHandoffStore } from '../../adapters/storage/memoryHandoffStore';
import { MemoryTranscriptStore } from '../../adapters/storage/memoryTranscriptStore';
import { HandoffConflictError, type StaffIdentity } from '../../domain/handoff/handoffCase';
import { HandoffQueue } from '../../domain/handoff/handoffQueue';
import {
  canTransition,
  nextHandoffStatus,
  HandoffTransitionError,
} from '../../domain/handoff/handoffStateMachine';
import { buildHandoffSummary } from '../../domain/handoff/handoffSummary';

const ann: StaffIdentity = { username: 'ann', displayName: 'Ann', role: 'agent' };
const bob: StaffIdentity = { username: 'bob', displayName: 'Bob', role: 'agent' };
const sue: StaffIdentity = { username: 'sue', displayName: 'Sue', role: 'supervisor' };
const staff = (s: StaffIdentity) => ({ kind: 'staff' as const, username: s.username, role: s.role });

describe('handoff state machine', () => {
  it('follows bot → queued → with_agent → bot | closed', () => {
    expect(nextHandoffStatus('bot', 'enqueue', { kind: 'assistant' })).toBe('queued');
    expect(nextHandoffStatus('queued', 'claim', staff(ann))).toBe('with_agent');
    expect(nextHandoffStatus('with_agent', 'hand_back', staff(ann), 'ann')).toBe('bot');
    expect(nextHandoffStatus('with_agent', 'close', staff(ann), 'ann')).toBe('closed');
    expect(nextHandoffStatus('queued', 'cancel', { kind: 'citizen' })).toBe('bot');
    expect(nextHandoffStatus('closed', 'enqueue', { kind: 'assistant' })).toBe('queued');
  });

  it('lets only the right actor move it', () => {
    expect(canTransition('queued', 'claim', { kind: 'citizen' })).toBe(false);
    expect(canTransition('queued', 'cancel', staff(ann))).toBe(false);
    expect(canTransition('bot', 'claim', staff(ann))).toBe(false);
    expect(canTransition('with_agent', 'claim', staff(bob))).toBe(false);
    expect(() => nextHandoffStatus('with_agent', 'hand_back', staff(bob), 'ann')).toThrow(
      HandoffTransitionError,
    );
    expect(nextHandoffStatus('with_agent', 'hand_back', staff(sue), 'ann')).toBe('bot');
    expect(nextHandoffStatus('queued', 'external_accepted', { kind: 'external' })).toBe('with_agent');
    expect(nextHandoffStatus('with_agent', 'external_completed', { kind: 'external' })).toBe('bot');
  });
});

describe('HandoffQueue', () => {
  const clock = { now: () => new Date('2026-11-23T09:00:00Z') };
  let tick = 0;
  const ticking = { now: () => new Date(clock.now().getTime() + ++tick * 1000) };

  function queue() {
    const outbox = new MemoryHandoffOutbox();
    const transcript = new MemoryTranscriptStore();
    return { q: new HandoffQueue(new MemoryHandoffStore(), outbox, transcript, ticking), outbox, transcript };
  }
  const request = (key: string) => ({
    conversationKey: key,
    reason: 'citizen_request' as const,
    locale: 'nl',
    summary: buildHandoffSummary({
      locale: 'nl',
      channelId: 'webchat',
      reason: 'citizen_request',
      recent: [],
    }),
    reference: {},
  });

  it('queues, tells positions, and lets exactly one of two agents claim', async () => {
    const { q, outbox } = queue();
    const a = await q.enqueue(request('w/a'));
    const b = await q.enqueue(request('w/b'));
    expect(await q.position(a)).toBe(1);
    expect(await q.position(b)).toBe(2);
    expect((await q.enqueue(request('w/a'))).version).toBe(a.version);
    const results = await Promise.allSettled([q.claim('w/a', ann), q.claim('w/a', bob)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(Error);
    const claimed = (await q.get('w/a'))!;
    expect(claimed.status).toBe('with_agent');
    expect(await q.position((await q.get('w/b'))!)).toBe(1);
    expect((await outbox.claimNext(clock.now(), clock.now()))?.kind).toBe('agent_joined');
  });

  it('relays the agent message (masked in the transcript), hands back and closes', async () => {
    const { q, outbox, transcript } = queue();
    await q.enqueue(request('w/c'));
    await q.claim('w/c', ann);
    await expect(q.postAgentMessage('w/c', bob, 'mag niet')).rejects.toBeInstanceOf(HandoffConflictError);
    await q.postAgentMessage('w/c', ann, 'Uw nummer 1062542157047959 klopt');
    expect((await transcript.list('w/c')).map((e) => e.text)).toEqual(['Uw nummer ••••••••••••7959 klopt']);
    await expect(q.handBack('w/c', bob, 'x')).rejects.toThrow(HandoffTransitionError);
    const back = await q.handBack('w/c', ann, 'betalingsregeling uitgelegd');
    expect(back).toMatchObject({ status: 'bot', note: 'betalingsregeling uitgelegd' });
    const kinds: string[] = [];
    const names: unknown[] = [];
    for (
      let m = await outbox.claimNext(clock.now(), clock.now());
      m;
      m = await outbox.claimNext(clock.now(), clock.now())
    ) {
      kinds.push(m.kind);
      names.push(m.vars?.name);
      await outbox.markDelivered(m.id);
    }
    expect(kinds).toEqual(['agent_joined', 'agent_message', 'handed_back']);
    // The agent's name goes with the join and with every message the citizen reads.
    expect(names.slice(0, 2)).toEqual([ann.displayName, ann.displayName]);
    await q.enqueue(request('w/c'));
    await q.claim('w/c', ann);
    expect((await q.close('w/c', sue)).status).toBe('closed');
  });

  it('cancels while queued and follows external handoff.status', async () => {
    const { q } = queue();
    await q.enqueue(request('w/d'));
    expect((await q.cancel('w/d')).status).toBe('bot');
    await q.enqueue(request('w/d'));
    expect((await q.applyExternalStatus('w/d', 'accepted'))?.status).toBe('with_agent');
    expect((await q.applyExternalStatus('w/d', 'completed'))?.status).toBe('bot');
    expect(await q.applyExternalStatus('w/d', 'weird')).toBeUndefined();
  });
});

describe('buildHandoffSummary', () => {
  it('masks the identified numbers and the recent messages', () => {
    const at = new Date();
    const summary = buildHandoffSummary({
      locale: 'en',
      channelId: 'webchat',
      reason: 'personal_arrangement',
      intent: 'payment_arrangement',
      identified: { debtorId: 'D1', cjibNumbers: ['1062542157047959'] },
      recent: [
        { conversationKey: 'k', seq: 1, role: 'citizen', text: 'my postcode is 1234 AB', at },
        { conversationKey: 'k', seq: 2, role: 'assistant', text: 'Thank you', at },
        { conversationKey: 'k', seq: 3, role: 'system', text: 'handed_back', at },
      ],
    });
    expect(summary.identified?.cjibNumbers).toEqual(['••••••••••••7959']);
    expect(summary.lastMessages).toEqual([
      { role: 'citizen', text: 'my postcode is [postcode]' },
      { role: 'assistant', text: 'Thank you' },
    ]);
    expect(summary.assistantSaid).toEqual(['Thank you']);
  });
});
