/**
 * Right after an arrangement request is filed, citizens ask how long the decision takes. That is
 * the assessment time (not known exactly, the decision comes by letter), never the 8-week payment
 * deadline, in every language and in their own words.
 */
import { type AppForTests, FAST_TYPIST, useTestApp } from '../support/appForTests';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

describe('questions right after an arrangement request was filed', () => {
  // A debtor's arrangement is filed once: every case gets its own back office.
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterEach(async () => {
    await app?.close();
  });

  it.each([
    [
      'en-GB',
      'payment plan please',
      'yes',
      'how long will the decision take?',
      /decision by letter/,
      /8 weeks/,
    ],
    ['nl-NL', 'betalingsregeling', 'ja', 'wanneer krijg ik de uitslag?', /besluit.*per brief/s, /8 weken/],
    ['de-DE', 'Ratenzahlung', 'ja', 'Wann bekomme ich den Bescheid?', /per Brief/, /8 Wochen/],
    ['pl-PL', 'rozłożenie na raty', 'tak', 'kiedy będzie decyzja?', /list/, /8 tygodni/],
  ])('%s: "%s" … filed, then "%s"', async (locale, start, yes, question, expected, notExpected) => {
    const c = app.conversation({ locale });
    await c.start();
    await c.say(start);
    await c.say('9698948614580658');
    await c.say('8911 AB');
    await c.say(yes);
    await c.say(`burger-${locale}@example.nl`);
    expect(textOf(await c.say(yes))).toMatch(/BR-2026-\d{8}/);
    const answer = textOf(await c.say(question));
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(notExpected);
  });

  it.each([
    [
      'nl-NL',
      'betalingsregeling',
      'ja',
      'hoe kan ik betalen?',
      'dank je. wat is mijn referentienummer ook alweer?',
    ],
    ['en-GB', 'payment plan please', 'yes', 'how can I pay?', "what's my reference number again?"],
    ['de-DE', 'Ratenzahlung', 'ja', 'Wie kann ich bezahlen?', 'Wie war mein Aktenzeichen nochmal?'],
    ['pl-PL', 'rozłożenie na raty', 'tak', 'jak mogę zapłacić?', 'jaki jest mój numer referencyjny?'],
  ])(
    '%s: the reference asked again later in the conversation is the one given',
    async (locale, start, yes, between, question) => {
      const c = app.conversation({ locale });
      await c.start();
      await c.say(start);
      await c.say('9698948614580658');
      await c.say('8911 AB');
      await c.say(yes);
      await c.say(`burger-${locale}@example.nl`);
      const given = /BR-2026-\d{8}/.exec(textOf(await c.say(yes)))?.[0];
      expect(given).toBeDefined();
      await c.say('hoe kan ik betalen?');
      expect(textOf(await c.say(question))).toContain(given);
    },
  );

  it('"kan ik het nog wijzigen?", then yes: staff get the case with the reason "change of a filed request"', async () => {
    const open = await startTestApp({
      OFFICE_HOURS: 'mon-sun 00:00-24:00',
      RATE_LIMIT_CONVERSATION_BURST: '100',
    });
    try {
      const c = open.conversation({ locale: 'nl-NL' });
      await c.start();
      for (const line of ['betalingsregeling', '9698948614580658', '8911 AB', 'ja', 'burger@example.nl'])
        await c.say(line);
      expect(textOf(await c.say('ja'))).toMatch(/BR-2026-\d{8}/);
      expect(textOf(await c.say('kan ik het nog wijzigen?'))).toMatch(/medewerker/);
      await c.say('ja');
      const queued = await open.app
        .mongo!.db.collection('handoffCases')
        .findOne({ _id: `webchat/${c.id}` as never });
      expect(queued?.reason).toBe('change_request');
    } finally {
      await open.close();
    }
  });
});

/** Files D01's arrangement in a new conversation ("start", number, postcode, yes, e-mail, yes); the reference given. */
async function fileOne(
  assistant: AppForTests,
  locale: string,
  start: string,
  yes: string,
): Promise<{ c: TestConversation; reference: string }> {
  const c = await assistant.open({ locale });
  for (const line of [start, '9698948614580658', '8911 AB', yes, `burger-${locale}@example.nl`])
    await c.say(line);
  const reference = /BR-2026-\d{8}/.exec(textOf(await c.say(yes)))?.[0];
  expect(reference).toBeDefined();
  return { c, reference: reference! };
}

describe('short replies right after the reference', () => {
  // A debtor's arrangement is filed once: every case gets its own back office.
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  it.each([
    ['nl-NL', 'betalingsregeling', 'ja', 'oh ok', /al aangevraagd/],
    ['en-GB', 'payment plan please', 'yes', 'alright thanks', /already requested/],
  ])(
    '%s: "%s" … "%s" is taken in, not the request said to be filed again',
    async (locale, start, yes, ack, again) => {
      const { c } = await fileOne(assistant, locale, start, yes);
      expect(textOf(await c.say(ack))).not.toMatch(again);
    },
  );

  it.each([
    ['nl-NL', 'betalingsregeling', 'ja', 'is mijn aanvraag nu verstuurd?', /Ja, uw aanvraag is verstuurd/],
    ['pl-PL', 'rozłożenie na raty', 'tak', 'czy wniosek zostal wyslany?', /Tak, wniosek został wysłany/],
    ['en-GB', 'payment plan please', 'yes', 'was my request sent?', /Yes, your request has been sent/],
  ])('%s: "%s" … "%s" hears yes, with the reference', async (locale, start, yes, sent, confirmed) => {
    const { c, reference } = await fileOne(assistant, locale, start, yes);
    const reply = textOf(await c.say(sent));
    expect(reply).toMatch(confirmed);
    expect(reply).toContain(reference);
  });
});
