/**
 * "Kan ik in delen betalen?" gets the conditions, which say the arrangement can be requested right
 * here; the letter's number given next continues with that request (the schedule is proposed), not
 * with the overview of the fines alone.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('the letter’s number after the answer about paying in instalments', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'kan ik in delen betalen', /in 12 maanden/, /betalingsregeling aanvragen\?/],
    ['en-GB', 'can I pay in instalments?', /over 12 months/, /request this payment arrangement\?/],
    ['de-DE', 'kann ich in Raten zahlen?', /12 Monat/, /beantragen\?/],
  ])('%s: "%s", then the number and the postcode', async (locale, question, schedule, ask) => {
    const c = await assistant.open({ locale });
    await c.say(question);
    await c.say('3338082450532785');
    const reply = textOf(await c.say('3512 KL'));
    expect(reply).toMatch(schedule);
    expect(reply).toMatch(ask);
  });

  it('nl: a number after a question about something else is still the lookup', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('hoe kan ik betalen?');
    await c.say('3338082450532785');
    const reply = textOf(await c.say('3512 KL'));
    expect(reply).toMatch(/Dit heb ik voor u gevonden|Totaal nog te betalen/);
    expect(reply).not.toMatch(/aanvragen\?/);
  });
});

describe('a greeting before the request to pay in parts', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each(['webchat', 'sms'])(
    '%s: "hoi ik wil mijn boete betalen in delen" starts the arrangement',
    async (channelId) => {
      const c = await assistant.open({ channelId, locale: 'nl-NL' });
      const reply = textOf(await c.say('hoi ik wil mijn boete betalen in delen'));
      expect(reply).toMatch(/betalingsregeling/);
      expect(reply).toMatch(/CJIB-nummer/);
      expect(reply).not.toMatch(/iDEAL/);
    },
  );
});
