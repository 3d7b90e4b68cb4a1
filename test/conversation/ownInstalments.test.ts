/**
 * "Can I pay this in instalments?" once the assistant knows the citizen's fines (after a lookup, or
 * with the letter's number in the question): the citizen's own schedule, with the identification
 * kept, instead of the general conditions. Other arrangement questions keep their own answers.
 */
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

describe('instalments asked about one’s own fines', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function afterLookup(
    locale: string,
    ask: string,
    cjib: string,
    postcode: string,
  ): Promise<TestConversation> {
    const c = app.conversation({ locale });
    await c.start();
    await c.say(ask);
    await c.say(cjib);
    await c.say(postcode);
    return c;
  }

  it.each([
    [
      'en-GB',
      'look up my fine',
      'can I pay this in instalments?',
      /€21\.50 a month/,
      /Would you like to request/,
    ],
    [
      'nl-NL',
      'boete opzoeken',
      'kan ik dat in termijnen betalen?',
      /€ 21,50 per maand/,
      /Wilt u deze betalingsregeling aanvragen/,
    ],
    [
      'de-DE',
      'Mein Bußgeld nachsehen',
      'kann ich das in Raten zahlen?',
      /21,50 € pro Monat/,
      /Möchten Sie diese Ratenzahlung beantragen/,
    ],
    [
      'pl-PL',
      'Sprawdź mój mandat',
      'czy mogę to zapłacić w ratach?',
      /21,50 € miesięcznie/,
      /Czy chce Pan\/Pani złożyć wniosek/,
    ],
  ])(
    '%s: after the lookup, the schedule for the fines just shown',
    async (locale, ask, question, amount, proposal) => {
      const c = await afterLookup(locale, ask, '9698948614580658', '8911 AB');
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(amount);
      expect(reply).toMatch(proposal);
      // Not asked again for the number or the postcode, and not the general conditions.
      expect(reply).not.toMatch(
        /CJIB-?[Nn]umm?er|CJIB number|numeru CJIB|postcode|Postleitzahl|kod pocztowy/,
      );
      expect(reply).not.toMatch(/75/);
    },
  );

  it('en: the question with the letter’s number and postcode in it gets the schedule at once', async () => {
    const c = app.conversation({ locale: 'en-GB' });
    await c.start();
    const reply = textOf(
      await c.say(
        'Can I pay my fine in instalments? My CJIB number is 2342 1455 2485 7394, postcode 1071 DJ',
      ),
    );
    expect(reply).toMatch(/over 18 months: €78\.88 a month/);
    expect(reply).toMatch(/Would you like to request this payment arrangement/);
  });

  it('nl: "wat als ik een termijn mis?" after a lookup keeps its own answer', async () => {
    const c = await afterLookup('nl-NL', 'boete opzoeken', '9698948614580658', '8911 AB');
    const reply = textOf(await c.say('wat als ik een termijn mis?'));
    expect(reply).toMatch(/termijn van uw betalingsregeling gemist/);
    expect(reply).not.toMatch(/Wilt u deze betalingsregeling aanvragen/);
  });

  it('nl: without a lookup the question gets the general conditions', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    const reply = textOf(await c.say('kan ik in termijnen betalen?'));
    expect(reply).toMatch(/minstens € 75/);
  });
});
