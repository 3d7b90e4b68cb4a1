/**
 * Distress said with a word that only strengthens it ("echt", "już", "wirklich") or in other words
 * ("mam dość życia", "geen uitweg meer") is still distress: kindness, 113 and a person offered at
 * once, not the plain answer about debts. On the phone too.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('distress in other words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    [
      'webchat',
      'nl-NL',
      'ik zie het echt niet meer zitten met al die schulden',
      /113/,
      /medewerker/,
    ],
    ['telephony', 'nl-NL', 'ik zie het echt niet meer zitten met al die schulden', /113/, /medewerker/],
    ['webchat', 'nl-NL', 'ik zie geen uitweg meer met die boetes', /113/, /medewerker/],
    ['webchat', 'pl-PL', 'nie daję już rady, mam dość życia przez te długi', /113/, /pracownik/],
    ['webchat', 'de-DE', 'ich weiß wirklich nicht mehr weiter mit den Schulden', /113/, /Mitarbeiter/],
  ])('%s %s: "%s"', async (channelId, locale, said, crisisLine, person) => {
    const c = app.conversation({ channelId, locale });
    await c.start();
    const reply = await c.say(said);
    const answer = textOf(reply) + JSON.stringify(reply.map((a) => a.speak ?? ''));
    expect(answer).toMatch(crisisLine);
    expect(answer).toMatch(person);
  });
});
