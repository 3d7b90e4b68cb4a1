/**
 * On the phone the telephony channel knows the number a caller calls from (the caller's id, E.164).
 * "Dit nummer" for the call back or for the arrangement's contact uses it; with the number withheld
 * the caller is asked to say or key it in.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('"this number" on the phone', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Outside office hours, so a person is a call back.
    app = await startTestApp({ OFFICE_HOURS: 'sun 03:00-03:01', RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const spoken = (reply: { text?: string; speak?: string }[]): string =>
    textOf(reply as never) + JSON.stringify(reply.map((a) => a.speak ?? ''));

  it.each([
    ['nl-NL', 'medewerker', 'ja', 'dit nummer', /Wanneer/],
    ['en-GB', 'a person please', 'yes', 'the number I am calling from', /When/],
    ['de-DE', 'Mitarbeiter', 'ja', 'diese Nummer', /Wann/],
    ['pl-PL', 'konsultant', 'tak', 'ten numer', /Kiedy/],
  ])('%s: the call back to the number calling', async (locale, ask, yes, thisNumber, whenAsked) => {
    const c = app.conversation({ channelId: 'telephony', locale, userId: '+31612345678' });
    await c.start();
    await c.say(ask);
    await c.say(yes);
    expect(spoken(await c.say(thisNumber))).toMatch(whenAsked);
  });

  it('nl: the arrangement reads back the number calling as its contact', async () => {
    const c = app.conversation({ channelId: 'telephony', locale: 'nl-NL', userId: '+31612345678' });
    await c.start();
    for (const line of ['ik wil in termijnen betalen', '3338082450532785', '3512 KL', 'ja'])
      await c.say(line);
    const confirm = spoken(await c.say('dit nummer'));
    expect(confirm).toMatch(/versturen/);
    expect(confirm).toMatch(/5678|5 6 7 8|56 78/);
  });

  it('nl: with the number withheld, "dit nummer" is asked to be said or keyed in', async () => {
    const c = app.conversation({ channelId: 'telephony', locale: 'nl-NL', userId: 'anonymous' });
    await c.start();
    await c.say('medewerker');
    await c.say('ja');
    expect(spoken(await c.say('dit nummer'))).toMatch(/telefoonnummer|06 12345678/);
  });
});
