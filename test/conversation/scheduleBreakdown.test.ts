/**
 * "Waarom zo veel?" with the proposed schedule on the table: what each fine in it is made of (the
 * fine, an increase, the administration costs), with why an increase is there, and then the offer
 * again. Before, it got the general text on increases, or for a debtor abroad the text on living
 * abroad.
 */
import { spokenSentences, textOf } from '../support/testApp';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('"why so much?" at the proposed schedule', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'betalingsregeling',
      'waarom zo veel?',
      /Boete: € 169,00.*Verhoging: € 84,50.*Administratiekosten: € 9,00/s,
      /aanvragen/,
    ],
    [
      'en-GB',
      'payment arrangement',
      'why is it so expensive?',
      /Fine: € ?169\.00.*Increase: € ?84\.50/s,
      /request/,
    ],
    ['pl-PL', 'rozłożenie na raty', 'dlaczego tak dużo?', /169,00.*84,50/s, /złożyć wniosek|wniosek/],
  ])(
    '%s: the fines of the schedule broken down, then the offer again',
    async (locale, ask, why, breakdown, offer) => {
      const c = await assistant.open({ locale });
      for (const line of [ask, DEMO_DEBTORS.D02.number, DEMO_DEBTORS.D02.postcode]) await c.say(line);
      const reply = textOf(await c.say(why));
      expect(reply).toMatch(breakdown);
      expect(reply).toMatch(/Snelheidsovertreding|Speeding|Przekroczenie|22 km/);
      expect(reply).toMatch(offer);
    },
  );

  it('de: a debtor abroad hears the amount made up, not the text on living abroad', async () => {
    const c = await assistant.open({ locale: 'de-DE' });
    for (const line of ['Ratenzahlung', DEMO_DEBTORS.D11.number, DEMO_DEBTORS.D11.postcode])
      await c.say(line);
    const reply = textOf(await c.say('warum so viel?'));
    expect(reply).toMatch(/Geldbuße: 1\.450,00 €.*Erhöhung: 2\.900,00 €.*Noch zu zahlen: 4\.359,00 €/s);
    expect(reply).not.toMatch(/außerhalb der Niederlande/);
    expect(reply).toMatch(/beantragen/);
  });

  it('nl phone: the breakdown is said in sentences, then the offer is asked again', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    for (const line of ['betalingsregeling', DEMO_DEBTORS.D02.number, DEMO_DEBTORS.D02.postcode])
      await c.say(line);
    const said = spokenSentences(await c.say('waarom is het zo duur?')).join(' ');
    expect(said).toMatch(/Verhoging: 84 euro en 50 cent/);
    expect(said).toMatch(/niet op tijd is betaald/);
    expect(said).toMatch(/Wilt u deze betalingsregeling aanvragen/);
  });
});
