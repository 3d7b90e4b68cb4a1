/**
 * "Too much, I get about 900 a month from benefits, I could do 30 a month" at the schedule: the 900
 * is the citizen's income, never the amount they offer; the 30 is, and it is less than the monthly
 * amount, so a personal arrangement and a person are offered (not "with 900 you can pay it").
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine } from '../support/replyText';

const D13 = DEMO_DEBTORS.D13; // € 1.420,00 → 18 months of € 78,88

describe('an income beside the amount offered', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-GB', 'payment plan', 'too much, I get about 900 a month from benefits, I could do 30 a month', /€30\.00 a month is less than/, /member of staff/],
    ['nl-NL', 'betalingsregeling', 'te veel, ik krijg 1100 per maand van de bijstand, ik kan 40 per maand', /€ 40,00 per maand is minder dan/, /medewerker/],
    ['de-DE', 'Ratenzahlung', 'zu viel, ich bekomme 950 im Monat Bürgergeld, ich kann 25 im Monat zahlen', /25,00 €/, /Mitarbeiter/],
    ['pl-PL', 'chcę raty', 'za dużo, dostaję 2000 miesięcznie zasiłku, mogę płacić 50 miesięcznie', /50,00 €/, /pracownik/],
  ])('%s: "%s"', async (locale, start, answer, offered, person) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D13.number, D13.postcode]) await c.say(line);
    const reply = oneLine(await c.say(answer));
    expect(reply).toMatch(offered);
    expect(reply).toMatch(person);
    expect(reply).not.toMatch(/you can pay the monthly amount|kunt u het maandbedrag betalen|können Sie die Monatsrate|jest do udźwignięcia/);
  });
});
