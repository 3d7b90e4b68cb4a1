/**
 * "Ich kann nur fünfzig Euro im Monat zahlen", "ik kan maar vijftig euro per maand betalen", "I can
 * only pay fifty euros a month", "mogę płacić tylko pięćdziesiąt euro miesięcznie" at the schedule:
 * the amount in words with its currency is the citizen's own, said back beside the schedule's, as
 * when it is typed in digits (not only the general text about a personal arrangement).
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine } from '../support/replyText';

const D13 = DEMO_DEBTORS.D13; // € 78,88 a month

describe('an own monthly amount in words with its currency', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['de-DE', 'Ratenzahlung', 'ich kann nur fünfzig Euro im Monat zahlen', /50,00 € im Monat ist weniger als die 78,88 €/],
    ['nl-NL', 'betalingsregeling', 'ik kan maar vijftig euro per maand betalen', /€ 50,00 per maand is minder dan de € 78,88/],
    ['en-GB', 'payment plan', 'I can only pay fifty euros a month', /€50\.00 a month is less than the €78\.88/],
    ['pl-PL', 'chcę raty', 'mogę płacić tylko pięćdziesiąt euro miesięcznie', /50,00 € miesięcznie to mniej niż 78,88 €/],
  ])('%s: "%s"', async (locale, start, own, said) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D13.number, D13.postcode]) await c.say(line);
    expect(oneLine(await c.say(own))).toMatch(said);
  });
});
