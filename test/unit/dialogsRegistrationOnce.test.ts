import { ComponentRegistration, TestAdapter, TurnContext } from 'botbuilder';
import {
  DialogContext,
  DialogSet,
  DialogStateManager,
  WaterfallDialog,
  type DialogState,
} from 'botbuilder-dialogs';
import * as registrationModule from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import { registerDialogsComponentOnce } from '../../bot/dialogsRegistrationOnce';

describe('the dialogs component registered once', () => {
  registerDialogsComponentOnce();
  registerDialogsComponentOnce();
  const Registration = registrationModule.DialogsComponentRegistration;

  it('is one instance of the library class, wherever it is made', () => {
    const first = new Registration();
    expect(new Registration()).toBe(first);
    expect(first).toBeInstanceOf(Registration);
    expect(first.constructor.name).toBe('DialogsComponentRegistration');
    expect(first.getMemoryScopes().length).toBeGreaterThan(0);
    expect(first.getMemoryScopes()).not.toBe(first.getMemoryScopes());
  });

  it('is the one the library registers for each dialog context, and dialogs run as before', async () => {
    const adapter = new TestAdapter();
    const context = new TurnContext(adapter, {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'c' },
      from: { id: 'u' },
      recipient: { id: 'b' },
      text: 'hi',
    } as never);
    const state: DialogState = { dialogStack: [] };
    const dialogs = new DialogSet();
    const seen: unknown[] = [];
    dialogs.add(
      new WaterfallDialog('w', [
        async (step) => {
          seen.push(step.state.getValue('turn.activity.text'));
          return step.endDialog('done');
        },
      ]),
    );
    const dc = new DialogContext(dialogs, context, state);
    expect(dc.state).toBeInstanceOf(DialogStateManager);
    const result = await dc.beginDialog('w');
    expect(result.result).toBe('done');
    expect(seen).toEqual(['hi']);
    const registered = ComponentRegistration.components.filter(
      (c) => c.constructor.name === 'DialogsComponentRegistration',
    );
    expect(registered).toEqual([new Registration()]);
  });
});
