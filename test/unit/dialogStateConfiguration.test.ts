import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { DialogSet, TextPrompt, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { DIALOG_STATE_CONFIGURATION_KEY } from '../../bot/assistantBot';

/**
 * The bot builds botbuilder-dialogs' memory-scope configuration once and hands it to every turn under
 * the key botbuilder-dialogs reads. If a botbuilder upgrade renames the key, this fails (and the bot
 * would silently fall back to building the configuration on every turn).
 */
describe('dialog state configuration reuse', () => {
  const turn = (): TurnContext =>
    new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'c' },
      from: { id: 'u' },
      text: 'x',
    } as Activity);
  const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty('dialogState'));
  dialogs.add(new TextPrompt('text'));

  it('a configuration placed in turn state under the key is the one the dialog context uses', async () => {
    const first = await dialogs.createContext(turn());
    const built: DialogStateManagerConfiguration = first.state.configuration;
    expect(built.memoryScopes.length).toBeGreaterThan(0);

    const context = turn();
    context.turnState.set(DIALOG_STATE_CONFIGURATION_KEY, built);
    const dc = await dialogs.createContext(context);
    expect(dc.state.configuration).toBe(built);
    // and the memory scopes still work on a later turn
    dc.state.setValue('turn.checked', true);
    expect(dc.state.getValue('turn.checked')).toBe(true);
  });

  it('without it, every turn builds a new configuration', async () => {
    const a = await dialogs.createContext(turn());
    const b = await dialogs.createContext(turn());
    expect(a.state.configuration).not.toBe(b.state.configuration);
  });
});
