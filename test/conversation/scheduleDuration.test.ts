/**
 * "Hoe lang duurt de regeling?", "how long will I be paying?", "wie lange läuft die Ratenzahlung?",
 * "jak długo trwa plan spłaty?" with the schedule shown: its own number of instalments and the last
 * one's date, then the schedule's question again; not the letter's 8 weeks, not the whole term
 * table, not the noodstop.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine } from '../support/replyText';

const D13 = DEMO_DEBTORS.D13; // € 1.420,00 → 18 months, first 1 January 2027, last 1 June 2028
const WRONG = /8 weken|8 weeks|8 Wochen|8 tygodni|vaste tabel|fixed table|noodstop|tot € 120|up to EUR 120|bis 120 €/;

describe('how long the schedule shown runs', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'betalingsregeling', 'hoe lang duurt de regeling?', /18 termijnen.*1 juni 2028/, /Wilt u deze betalingsregeling aanvragen\?/],
    ['en-GB', 'payment plan', 'how long does the arrangement take?', /18 instalments.*1 June 2028/, /Would you like to request this payment arrangement\?/],
    ['en-GB', 'payment plan', 'how long will I be paying?', /18 instalments.*1 June 2028/, /Would you like to request/],
    ['de-DE', 'Ratenzahlung', 'wie lange läuft die Ratenzahlung?', /18 Raten.*1\. Juni 2028/, /Möchten Sie diese Ratenzahlung beantragen\?/],
    ['pl-PL', 'chcę raty', 'jak długo trwa plan spłaty?', /18 rat.*1 czerwca 2028/, /Czy chce Pan\/Pani złożyć wniosek/],
    ['nl-NL', 'betalingsregeling', 'hoeveel maanden duurt het?', /18 termijnen.*1 juni 2028/, /Wilt u deze betalingsregeling aanvragen\?/],
    ['de-DE', 'Ratenzahlung', 'wie viele Monate dauert das?', /18 Raten.*1\. Juni 2028/, /Möchten Sie diese Ratenzahlung beantragen\?/],
  ])('%s: "%s"', async (locale, start, asked, runs, question) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D13.number, D13.postcode]) await c.say(line);
    const reply = oneLine(await c.say(asked));
    expect(reply).toMatch(runs);
    expect(reply).toMatch(question);
    expect(reply).not.toMatch(WRONG);
  });
});
