import fs from 'node:fs';
import path from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { DialogSet, TextPrompt, WaterfallDialog, ComponentDialog } from 'botbuilder-dialogs';
import {
  activityReceivedMarkerKnown,
  learnActivityReceivedMarker,
  skipActivityReceivedEvent,
} from '../../bot/activityReceivedEvent';

const root = path.resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The bot skips botbuilder-dialogs' `activityReceived` event (bot/activityReceivedEvent.ts). That is
 * only right while no dialog acts on it: no prompt but TextPrompt, no adaptive dialogs, no dialog
 * event handlers of our own. A dialog that needs the event fails this test, and then the skip goes.
 */
describe('architecture: no dialog acts on the activityReceived event', () => {
  const files = [...sources(path.join(root, 'dialogs')), ...sources(path.join(root, 'bot'))];

  it('the only prompt is TextPrompt, and there are no adaptive dialogs', () => {
    const others = files.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/new (\w*Prompt|AdaptiveDialog)\(/g)]
        .filter((m) => m[1] !== 'TextPrompt')
        .map((m) => `${path.relative(root, file)}: ${m[1]}`),
    );
    expect(others).toEqual([]);
  });

  it('no dialog handles dialog events itself', () => {
    const handlers = files.filter((file) =>
      /\b(onPreBubbleEvent|onPostBubbleEvent|onDialogEvent)\s*\(/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(handlers.map((f) => path.relative(root, f))).toEqual([]);
  });
});

describe('skipping the activityReceived event', () => {
  const turn = (adapter: TestAdapter, text: string): TurnContext =>
    new TurnContext(adapter, {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'c' },
      from: { id: 'u' },
      recipient: { id: 'bot' },
      text,
    } as Activity);
  const conversationState = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
  const inner = new ComponentDialog('flow');
  inner.addDialog(new TextPrompt('ask'));
  inner.addDialog(
    new WaterfallDialog('steps', [
      (step) => step.prompt('ask', 'name?'),
      (step) => step.endDialog(step.result),
    ]),
  );
  dialogs.add(inner);

  async function runTurn(adapter: TestAdapter, text: string, skip: boolean): Promise<unknown> {
    const context = turn(adapter, text);
    const dc = await dialogs.createContext(context);
    if (skip) skipActivityReceivedEvent(context);
    let result = await dc.continueDialog();
    learnActivityReceivedMarker(context);
    if (result.status === 'empty') result = await dc.beginDialog('flow');
    await conversationState.saveChanges(context);
    return result.result;
  }

  it("learns the library's marker from a turn, and then the prompt is not asked to recognise twice", async () => {
    const adapter = new TestAdapter();
    const bubbled = jest.spyOn(
      TextPrompt.prototype as unknown as { onPreBubbleEvent: () => unknown },
      'onPreBubbleEvent',
    );
    await runTurn(adapter, 'hello', true);
    await runTurn(adapter, 'Ada', false);
    // A botbuilder upgrade that renames the marker fails here (the bot would then raise the event as before).
    expect(activityReceivedMarkerKnown()).toBe(true);
    expect(bubbled).toHaveBeenCalled();

    bubbled.mockClear();
    await runTurn(adapter, 'hello again', true);
    expect(await runTurn(adapter, 'Grace', true)).toBe('Grace');
    expect(bubbled).not.toHaveBeenCalled();
    bubbled.mockRestore();
  });
});
