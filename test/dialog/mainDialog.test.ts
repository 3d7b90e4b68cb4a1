import { MainDialog } from '../../dialogs/mainDialog';
import { dialogClient, dialogHarness, type DialogHarness } from '../support/dialogHarness';

describe('MainDialog (the router)', () => {
  let harness: DialogHarness;
  beforeAll(async () => {
    harness = await dialogHarness();
  });

  it('answers a greeting and thanks kindly', async () => {
    const client = dialogClient(harness, new MainDialog(harness.deps));
    expect((await client.sendActivity('goedemorgen')).text).toMatch(/Waarmee kan ik u helpen/);
    const thanks = dialogClient(harness, new MainDialog(harness.deps));
    expect((await thanks.sendActivity('dank je wel!')).text).toMatch(/Graag gedaan/);
  });

  it('is honest about what it cannot do, with what it can do as choices', async () => {
    const client = dialogClient(harness, new MainDialog(harness.deps));
    const reply = await client.sendActivity('wat voor weer wordt het morgen in Leeuwarden?');
    expect(reply.text).toMatch(/daar kan ik u niet mee helpen/);
    expect(reply.suggestedActions?.actions.map((a: { title?: string }) => a.title)).toContain('Medewerker spreken');
  });

  it('offers a person after two misunderstandings in a row, and a yes leads there', async () => {
    const dialog = new MainDialog(harness.deps);
    const client = dialogClient(harness, dialog);
    await client.sendActivity('vertel eens een mop over katten');
    const second = await client.sendActivity('wie wint het WK voetbal?');
    expect(second.text).toMatch(/medewerker spreken/i);
  });

  it('switches language on request and remembers the choice', async () => {
    const client = dialogClient(harness, new MainDialog(harness.deps));
    const reply = await client.sendActivity('kunnen we in het Engels verder?');
    expect(reply.text).toMatch(/continue in English/);
  });

  it('renders the same choices as numbered text on SMS', async () => {
    const client = dialogClient(harness, new MainDialog(harness.deps), { channelId: 'sms' });
    const reply = await client.sendActivity('wat kun jij allemaal voor mij doen?');
    expect(reply.text).toMatch(/1\. Mijn boete opzoeken/);
    expect(reply.suggestedActions).toBeUndefined();
  });
});
