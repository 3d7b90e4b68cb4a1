/**
 * "Kan ik in delen betalen?" gets the conditions, which say the arrangement can be requested right
 * here; the letter's number given next continues with that request (the schedule is proposed), not
 * with the overview of the fines alone.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('the letter’s number after the answer about paying in instalments', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['nl-NL', 'kan ik in delen betalen', /in 12 maanden/, /betalingsregeling aanvragen\?/],
    ['en-GB', 'can I pay in instalments?', /over 12 months/, /request this payment arrangement\?/],
    ['de-DE', 'kann ich in Raten zahlen?', /12 Monat/, /beantragen\?/],
  ])('%s: "%s", then the number and the postcode', async (locale, question, schedule, ask) => {
    const c = app.conversation({ locale });
    await c.start();
    await c.say(question);
    await c.say('3338082450532785');
    const reply = textOf(await c.say('3512 KL'));
    expect(reply).toMatch(schedule);
    expect(reply).toMatch(ask);
  });

  it('nl: a number after a question about something else is still the lookup', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    await c.say('hoe kan ik betalen?');
    await c.say('3338082450532785');
    const reply = textOf(await c.say('3512 KL'));
    expect(reply).toMatch(/Dit heb ik voor u gevonden|Totaal nog te betalen/);
    expect(reply).not.toMatch(/aanvragen\?/);
  });
});

describe('a greeting before the request to pay in parts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(['webchat', 'sms'])(
    '%s: "hoi ik wil mijn boete betalen in delen" starts the arrangement',
    async (channelId) => {
      const c = app.conversation({ channelId, locale: 'nl-NL' });
      await c.start();
      const reply = textOf(await c.say('hoi ik wil mijn boete betalen in delen'));
      expect(reply).toMatch(/betalingsregeling/);
      expect(reply).toMatch(/CJIB-nummer/);
      expect(reply).not.toMatch(/iDEAL/);
    },
  );
});
