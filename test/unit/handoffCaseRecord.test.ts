import type { CloudAdapter } from 'botbuilder';
import { ChannelReplyRenderer } from '../../adapters/channels/channelReplyRenderer';
import { MemoryHandoffOutbox } from '../../adapters/storage/memoryHandoffOutbox';
import { MemoryHandoffStore } from '../../adapters/storage/memoryHandoffStore';
import { MemoryTranscriptStore } from '../../adapters/storage/memoryTranscriptStore';
import { attachmentText } from '../../bot/attachmentText';
import { HandoffRelay } from '../../bot/handoffRelay';
import { I18nLocalizer } from '../../bot/i18n';
import { LiveTranscript } from '../../bot/liveTranscript';
import { concernOf, saysWhatTheyWant } from '../../domain/handoff/caseConcern';
import { HandoffQueue } from '../../domain/handoff/handoffQueue';
import { buildHandoffSummary } from '../../domain/handoff/handoffSummary';
import { summaryWhileWaiting } from '../../domain/handoff/summaryWhileWaiting';
import type { TranscriptEntry } from '../../domain/ports/transcriptStore';

const at = new Date('2026-11-24T10:00:00Z');
const entry = (seq: number, role: TranscriptEntry['role'], text: string): TranscriptEntry => ({
  conversationKey: 'w/c',
  seq,
  role,
  text,
  at,
});

describe("the case summary: the citizen's own words first", () => {
  const base = { locale: 'nl', channelId: 'webchat', reason: 'citizen_request' as const };

  it('titles the case with the last message that says what they want, masked; not the request for a person', () => {
    const summary = buildHandoffSummary({
      ...base,
      intent: 'human_agent',
      recent: [
        entry(
          1,
          'assistant',
          'Hallo, ik ben de digitale assistent van het CJIB. Waarmee kan ik u helpen vandaag?',
        ),
        entry(
          2,
          'citizen',
          'WAAROM KRIJG IK WEER EEN AANMANING ik heb al betaald!!! nummer 9690 0000 0000 0027',
        ),
        entry(
          3,
          'assistant',
          'Heeft u betaald met het verkeerde CJIB-nummer, of dubbel betaald? Neem dan contact op.',
        ),
        entry(4, 'assistant', 'Heeft dit antwoord u geholpen?'),
        entry(5, 'citizen', 'ik wil een medewerker'),
      ],
    });
    expect(summary.title).toBe(
      'WAAROM KRIJG IK WEER EEN AANMANING ik heb al betaald!!! nummer ••••••••••••0027',
    );
    expect(summary.topic).toBeUndefined();
    // The welcome (said before any question) tells staff nothing.
    expect(summary.assistantSaid).toEqual([
      'Heeft u betaald met het verkeerde CJIB-nummer, of dubbel betaald? Neem dan contact op.',
      'Heeft dit antwoord u geholpen?',
    ]);
  });

  it('a readable topic only for intents that name a subject', () => {
    expect(buildHandoffSummary({ ...base, intent: 'reminder_increase', recent: [] }).topic).toBe(
      'reminder_increase',
    );
    expect(buildHandoffSummary({ ...base, intent: 'none', recent: [] }).topic).toBeUndefined();
  });

  it.each([
    ['ik kan mijn boete niet betalen ik heb geen geld meer en ik weet het niet meer', 'distress'],
    ["I can't pay, I don't know what to do anymore", 'distress'],
    ['ich weiß nicht mehr weiter mit den Schulden', 'distress'],
    ['nie daję już rady z tymi długami', 'distress'],
    ['ik heb mijn baan verloren en heb schulden', 'cannot_pay'],
    ['I have no money to pay this', 'cannot_pay'],
    ['wie kann ich bezahlen?', undefined],
  ])('"%s" is %s', (said, concern) => {
    expect(concernOf([said])).toBe(concern);
  });

  it('a concern replaces a generic reason ("not understood"), never a specific one', () => {
    const recent = [entry(1, 'citizen', 'ik heb geen geld meer en ik weet het niet meer')];
    expect(buildHandoffSummary({ ...base, reason: 'misunderstood', recent })).toMatchObject({
      reason: 'distress',
      concern: 'distress',
    });
    expect(buildHandoffSummary({ ...base, reason: 'broken_arrangement', recent }).reason).toBe(
      'broken_arrangement',
    );
  });

  it.each(['ja', 'medewerker', 'ik wil een medewerker spreken', 'mag ik een mens'])(
    '"%s" does not say what they want',
    (said) => expect(saysWhatTheyWant(said)).toBe(false),
  );
});

describe('what is found while waiting', () => {
  const waiting = {
    reason: 'citizen_request' as const,
    summary: buildHandoffSummary({ locale: 'nl', channelId: 'sms', reason: 'citizen_request', recent: [] }),
  };

  it('a question asked titles a case without one (masked); short answers and repeats change nothing', () => {
    const changed = summaryWhileWaiting(waiting, { asked: 'is 9690 0000 0000 0027 al betaald?' });
    expect(changed?.summary).toMatchObject({
      title: 'is ••••••••••••0027 al betaald?',
      citizenSaid: ['is ••••••••••••0027 al betaald?'],
    });
    expect(changed?.priority).toBe(false);
    expect(summaryWhileWaiting(waiting, { asked: 'ja' })).toBeUndefined();
    expect(
      summaryWhileWaiting(
        { ...waiting, summary: changed!.summary },
        { asked: 'is 9690 0000 0000 0027 al betaald?' },
      ),
    ).toBeUndefined();
  });

  it('no money said while waiting: cannot pay, moved up', () => {
    expect(summaryWhileWaiting(waiting, { note: 'ich habe kein Geld mehr' })).toMatchObject({
      reason: 'cannot_pay',
      priority: true,
      summary: { concern: 'cannot_pay', notes: ['ich habe kein Geld mehr'] },
    });
  });
});

describe('the queue serves a citizen in distress first', () => {
  it('priority cases ahead of earlier ones; positions follow', async () => {
    let now = at.getTime();
    const clock = { now: () => new Date((now += 1000)) };
    const queue = new HandoffQueue(
      new MemoryHandoffStore(),
      new MemoryHandoffOutbox(),
      new MemoryTranscriptStore(),
      clock,
    );
    const summary = (concern?: 'distress') =>
      buildHandoffSummary({
        locale: 'nl',
        channelId: 'webchat',
        reason: 'citizen_request',
        recent: concern ? [entry(1, 'citizen', 'ik zie het niet meer zitten')] : [],
      });
    const first = await queue.enqueue({
      conversationKey: 'w/1',
      reason: 'citizen_request',
      locale: 'nl',
      summary: summary(),
      reference: {},
    });
    const urgent = await queue.enqueue({
      conversationKey: 'w/2',
      reason: 'citizen_request',
      locale: 'nl',
      summary: summary('distress'),
      reference: {},
    });
    expect(urgent).toMatchObject({ reason: 'distress', priority: true });
    expect((await queue.list(['queued'])).map((c) => c.conversationKey)).toEqual(['w/2', 'w/1']);
    expect(await queue.position(urgent)).toBe(1);
    expect(await queue.position(first)).toBe(2);
    // Telling of debts while waiting moves the first one up too, behind the one who was first in distress.
    await queue.noteWhileWaiting('w/1', { note: 'ik heb schulden en mijn baan verloren' });
    const moved = (await queue.get('w/1'))!;
    expect(moved).toMatchObject({ reason: 'cannot_pay', priority: true });
    expect(moved.summary.notes).toEqual(['ik heb schulden en mijn baan verloren']);
    expect(await queue.position(moved)).toBe(1);
  });
});

describe('the words as typed, for the claiming agent only', () => {
  it('kept per entry in memory, revealed, forgotten; masked text when nothing is held', () => {
    let now = 0;
    const live = new LiveTranscript(() => now);
    live.remember('w/c', { seq: 2, text: 'tel [phone]' }, 'tel 0612345678');
    live.remember('w/c', { seq: 3, text: 'same' }, 'same');
    const rows = [
      { seq: 2, text: 'tel [phone]' },
      { seq: 3, text: 'same' },
    ];
    expect(live.reveal('w/c', rows)).toEqual([
      { seq: 2, text: 'tel 0612345678', live: true },
      { seq: 3, text: 'same' },
    ]);
    now += 5 * 60 * 60 * 1000;
    expect(live.reveal('w/c', rows)).toEqual(rows);
    live.remember('w/d', { seq: 1, text: 'x [e-mail]' }, 'x a@b.nl');
    live.forget('w/d');
    expect(live.size).toBe(0);
  });
});

describe('cards in the transcript', () => {
  it('an Adaptive Card as lines: title, facts, text; links left out', () => {
    const text = attachmentText([
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          body: [
            { type: 'TextBlock', text: 'Uw boete' },
            {
              type: 'Container',
              items: [{ type: 'FactSet', facts: [{ title: 'Nog te betalen', value: '€ 129,00' }] }],
            },
          ],
          actions: [{ type: 'Action.OpenUrl', title: 'Betalen', url: 'https://example.org' }],
        },
      },
    ]);
    expect(text).toBe('Uw boete\nNog te betalen: € 129,00');
  });
});

describe('the relay: one unreachable chat never holds up the others', () => {
  it('delivers to a reachable citizen while another delivery hangs, and marks a message given up on', async () => {
    const outbox = new MemoryHandoffOutbox();
    const transcript = new MemoryTranscriptStore();
    const clock = { now: () => new Date() };
    const queue = new HandoffQueue(new MemoryHandoffStore(), outbox, transcript, clock);
    const delivered: string[] = [];
    let releaseSlow: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    const adapter = {
      async continueConversationAsync(
        _app: string,
        reference: { channelId: string; conversation: { id: string } },
        logic: (c: unknown) => Promise<void>,
      ) {
        const id = reference.conversation.id;
        await logic({
          turnState: new Map(),
          sendActivity: async (a: { text: string }) => {
            if (id === 'slow') {
              await slow;
              throw new Error('unreachable');
            }
            delivered.push(`${id}: ${a.text}`);
          },
        });
      },
    } as unknown as CloudAdapter;
    const localizer = I18nLocalizer.create();
    const logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    };
    const relay = new HandoffRelay(
      adapter,
      outbox,
      queue,
      localizer,
      new ChannelReplyRenderer(localizer),
      clock,
      logger as never,
      {
        appId: '',
        intervalMs: 50,
        maxAttempts: 1,
      },
    );
    const reference = (id: string) => ({
      channelId: 'webchat',
      conversation: { id },
      serviceUrl: 'http://x/',
    });
    await outbox.add({
      conversationKey: 'webchat/slow',
      kind: 'agent_joined',
      vars: { name: 'Kim' },
      locale: 'nl',
      reference: reference('slow'),
      createdAt: new Date(),
    });
    await outbox.add({
      conversationKey: 'webchat/fast',
      kind: 'agent_joined',
      vars: { name: 'Kim' },
      locale: 'nl',
      reference: reference('fast'),
      createdAt: new Date(),
    });
    const round = relay.tick();
    for (let i = 0; i < 40 && delivered.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(delivered).toEqual([expect.stringMatching(/^fast: Kim, medewerker van het CJIB/)]);
    releaseSlow();
    await round;
    expect((await transcript.list('webchat/slow')).map((e) => e.text)).toEqual(['undelivered']);
    await relay.stop();
  });
});
