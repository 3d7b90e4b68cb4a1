/**
 * "Hoe lang heb ik nog?" right after the lookup is about the citizen's own fines: their due dates
 * (one already passed), not the general payment term of 8 weeks.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('the time left, asked after the lookup', () => {
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
      'boete opzoeken',
      'hoe lang heb ik nog?',
      /26 augustus 2026.*voorbij.*9 december 2026/s,
      /8 weken/,
    ],
    [
      'en-GB',
      'look up my fine',
      'how long do I have left?',
      /26 August 2026.*passed.*9 December 2026/s,
      /8 weeks/,
    ],
    [
      'de-DE',
      'Bußgeld nachsehen',
      'wie lange habe ich noch?',
      /26\. August 2026.*9\. Dezember 2026/s,
      /8 Wochen/,
    ],
  ])('%s: "%s", then "%s"', async (locale, start, question, dueDates, generalTerm) => {
    const c = app.conversation({ locale });
    await c.start();
    await c.say(start);
    await c.say('3338082450532785');
    await c.say('3512 KL');
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(dueDates);
    expect(reply).not.toMatch(generalTerm);
  });
});
