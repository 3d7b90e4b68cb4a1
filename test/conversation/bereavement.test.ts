/**
 * Fines of someone who died, told in a longer message the recogniser is unsure of: condolences, the
 * honest answer (a person knows) and the offer of a person, in every language, not "I am not sure
 * what you mean".
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('fines of someone who died', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    [
      'nl-NL',
      'mijn man is vorige maand overleden en er staan nog boetes op zijn naam. moet ik die betalen?',
      /Gecondoleerd/,
      /medewerker/,
    ],
    [
      'en-GB',
      "My husband died last month and there are fines in his name. Do I have to pay them? I'm really stressed.",
      /sorry for your loss/i,
      /member of staff/,
    ],
    ['de-DE', 'Mein Vater ist verstorben, er hatte noch ein Bußgeld. Was nun?', /Beileid/, /Mitarbeiter/],
  ])('%s: "%s"', async (locale, said, condolence, person) => {
    const c = app.conversation({ locale });
    await c.start();
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(condolence);
    expect(reply).toMatch(person);
    expect(reply).not.toMatch(/not sure what you mean|weet niet zeker wat u bedoelt/);
  });
});
