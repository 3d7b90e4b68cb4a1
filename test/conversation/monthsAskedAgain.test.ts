/**
 * Other months asked for twice at the schedule ("kan het in 6 maanden?", then "nee wacht, 9
 * maanden"): the second answer says where the newly named months belong and that the citizen's own
 * amount gives 12, without the whole term table and the same advice a second time; the schedule's
 * question comes again.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { textOf } from '../support/testApp';

const D02 = DEMO_DEBTORS.D02; // € 551,50 → 12 months
const TABLE = /vaste tabel|fixed table|festen Tabelle|stałej tabeli/;

describe('other months asked for a second time', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'betalingsregeling', 'kan het ook in 6 maanden?', 'nee wacht, 9 maanden', /9 maanden hoort bij/, /daarbij horen 12 maanden/, /Wilt u deze betalingsregeling aanvragen\?/],
    ['en-GB', 'payment plan', 'can I do 6 months instead?', 'no wait, 9 months', /9 months go with/, /which gives 12 months/, /Would you like to request this payment arrangement\?/],
    ['de-DE', 'Ratenzahlung', 'geht das auch in 6 Monaten?', 'nein warte, 9 Monate', /9 Monate gehören/, /dazu gehören 12 Monate/, /Möchten Sie diese Ratenzahlung beantragen\?/],
    ['pl-PL', 'chcę raty', 'czy może być na 6 miesięcy?', 'nie, czekaj, 9 miesięcy', /9 miesięcy/, /12 miesięcy/, /Czy chce Pan\/Pani złożyć wniosek/],
  ])('%s', async (locale, start, first, second, named, own, question) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D02.number, D02.postcode]) await c.say(line);
    expect(textOf(await c.say(first))).toMatch(TABLE);
    const again = textOf(await c.say(second));
    expect(again).not.toMatch(TABLE);
    expect(again).toMatch(named);
    expect(again).toMatch(own);
    expect(again).toMatch(question);
  });
});
