/**
 * On the phone the telephony channel knows the number a caller calls from (the caller's id, E.164).
 * "Dit nummer" for the call back or for the arrangement's contact uses it (so does a text message's
 * sender on SMS); with the number withheld, or in a web chat, the citizen hears that it cannot be seen
 * and is asked for it, and the arrangement on the table is kept.
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

  const toContactQuestion = ['ik wil in termijnen betalen', '3338082450532785', '3512 KL', 'ja'];

  it.each([
    [
      'nl-NL',
      'ik wil in termijnen betalen',
      'ja',
      'dit nummer',
      /kan ik niet zien.*Zeg of toets/s,
      /versturen/,
    ],
    [
      'en-GB',
      'I want to pay in instalments',
      'yes',
      'this number',
      /cannot see the number.*Say or key/s,
      /send/,
    ],
    [
      'de-DE',
      'Ich möchte in Raten zahlen',
      'ja',
      'diese Nummer',
      /nicht sehen.*Sagen oder tippen/s,
      /senden/,
    ],
    [
      'pl-PL',
      'chcę zapłacić w ratach',
      'tak',
      'ten numer',
      /Nie widzę numeru.*powiedzieć lub wpisać/s,
      /wysła/,
    ],
  ])(
    '%s: with the number withheld, "this number" at the contact question is asked for and the request stays on the table',
    async (locale, request, yes, thisNumber, unseen, confirm) => {
      const c = app.conversation({ channelId: 'telephony', locale, userId: 'anonymous' });
      await c.start();
      for (const line of [request, '9698948614580658', '8911 AB', yes]) await c.say(line);
      expect(spoken(await c.say(thisNumber))).toMatch(unseen);
      const confirmation = spoken(await c.say('0612345678'));
      expect(confirmation).toMatch(confirm);
      expect(confirmation).toMatch(/5678|5 6 7 8|56 78/);
    },
  );

  it('nl: in a web chat "dit nummer" at the contact question hears that it cannot be seen; the request is filed after', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    // Another debtor: this request is filed, and the others must not find it filed already.
    for (const line of ['ik wil in termijnen betalen', '1852906095141302', '7511 JE', 'ja'])
      await c.say(line);
    const unseen = textOf(await c.say('dit nummer'));
    expect(unseen).toMatch(/telefoonnummer kan ik in dit gesprek niet zien/);
    expect(unseen).not.toMatch(/brief kwijt|Digitaal Loket/);
    expect(textOf(await c.say('jan@example.nl'))).toMatch(/versturen/);
    expect(textOf(await c.say('ja'))).toMatch(/BR-\d{4}-/);
  });

  it('nl: on SMS "dit nummer" is the number the message came from', async () => {
    const c = app.conversation({ channelId: 'sms', locale: 'nl-NL', userId: '+31687654321' });
    await c.start();
    for (const line of toContactQuestion) await c.say(line);
    const confirmation = textOf(await c.say('dit nummer'));
    expect(confirmation).toMatch(/versturen/);
    expect(confirmation).toMatch(/4321/);
  });

  it('en: a web chat call back to "this number" asks which number', async () => {
    const c = app.conversation({ locale: 'en-GB' });
    await c.start();
    await c.say('a person please');
    await c.say('yes');
    expect(textOf(await c.say('this number'))).toMatch(/cannot see your phone number/);
    expect(textOf(await c.say('0612345678'))).toMatch(/When/);
  });
});
