import type { Middleware, TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MemoryCallbackStore } from '../../adapters/storage/memoryCallbackStore';
import { MemoryHandoffOutbox } from '../../adapters/storage/memoryHandoffOutbox';
import { MemoryHandoffStore } from '../../adapters/storage/memoryHandoffStore';
import { MemoryTranscriptStore } from '../../adapters/storage/memoryTranscriptStore';
import { HandoffQueue } from '../../domain/handoff/handoffQueue';
import type { HandoffServices } from '../../domain/handoff/handoffServices';
import { parseOfficeSchedule } from '../../domain/officeHours';
import type { ConversationData } from '../../dialogs/conversationData';
import { HandoffDialog } from '../../dialogs/handoffDialog';
import { setTurnLocale } from '../../dialogs/turn';
import { DEMO_NOW, dialogHarness, type DialogHarness } from '../support/dialogHarness';

const clock = { now: () => DEMO_NOW };

function services(schedule: string): HandoffServices {
  const transcript = new MemoryTranscriptStore();
  return {
    queue: new HandoffQueue(new MemoryHandoffStore(), new MemoryHandoffOutbox(), transcript, clock),
    transcript,
    callbacks: new MemoryCallbackStore(),
    officeHours: { week: parseOfficeSchedule(schedule), timeZone: 'Europe/Amsterdam', holidays: [] },
    route: 'console',
  };
}

/** A client for the handoff dialog whose conversation state starts with what a flow left behind. */
function client(harness: DialogHarness, preset: Partial<ConversationData>): DialogTestClient {
  const setup: Middleware = {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      setTurnLocale(context, 'nl');
      Object.assign(await harness.deps.state.conversation.get(context, {}), preset);
      await next();
      await harness.conversationState.saveChanges(context);
    },
  };
  return new DialogTestClient(
    'test',
    new HandoffDialog(harness.deps),
    undefined,
    [setup],
    harness.conversationState,
  );
}

describe('HandoffDialog', () => {
  it('queues a flow that needs a person with its reason and the identified claims, masked', async () => {
    const handoff = services('mon-sun 00:00-24:00');
    const harness = await dialogHarness({ handoff }, clock);
    const test = client(harness, {
      handoffReason: 'personal_arrangement',
      lastIntent: 'payment_arrangement',
      identified: {
        debtorId: 'D-1001',
        cjibNumbers: ['1062542157047959'],
        via: 'cjibNumber',
        at: DEMO_NOW.toISOString(),
      },
    });
    const reply = await test.sendActivity('Het maandbedrag is te hoog');
    expect(reply.text).toMatch(/wachtrij.*nummer 1/s);
    const initiate = test.getNextReply();
    expect(initiate).toMatchObject({ type: 'event', name: 'handoff.initiate' });
    const [queued] = await handoff.queue.list(['queued']);
    expect(queued).toMatchObject({
      reason: 'personal_arrangement',
      summary: {
        intent: 'payment_arrangement',
        identified: { debtorId: 'D-1001', cjibNumbers: ['••••••••••••7959'] },
      },
    });
  });

  it('offers a callback outside office hours (DEMO_NOW is a Sunday) and keeps the queue empty', async () => {
    const handoff = services('mon-fri 08:00-17:00');
    const harness = await dialogHarness({ handoff }, clock);
    const test = client(harness, {});
    expect((await test.sendActivity('medewerker')).text).toMatch(/terugbelt/);
    expect((await test.sendActivity('ja')).text).toMatch(/telefoonnummer/);
    expect((await test.sendActivity('+31 20 123 4567')).text).toMatch(/Wanneer/);
    expect((await test.sendActivity('1')).text).toMatch(/ochtend/);
    expect(await handoff.queue.list(['queued'])).toEqual([]);
    expect(await handoff.callbacks.listOpen(10)).toEqual([
      expect.objectContaining({ phone: '+31201234567', partOfDay: 'morning', reason: 'citizen_request' }),
    ]);
  });
});
