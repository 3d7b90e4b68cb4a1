/**
 * "Oh sorry, wrong letter, it is 9698 …" at the schedule, in any language: the fines of the letter
 * now given are looked up (its postcode asked), not the schedule's question asked again as if
 * nothing was said.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine } from '../support/replyText';

const D02 = DEMO_DEBTORS.D02;
const D01 = DEMO_DEBTORS.D01;

describe('another letter given at the schedule', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-GB', 'payment plan', `oh sorry wrong letter, it is ${D01.number}`, /postcode/, /€129\.00 over 6 months/],
    ['nl-NL', 'betalingsregeling', `sorry verkeerde brief, het nummer is 9698 9486 1458 0658`, /postcode/, /€ 129,00 in 6 maanden/],
    ['de-DE', 'Ratenzahlung', `falscher Brief, die Nummer ist ${D01.number}`, /Postleitzahl/, /129,00 € in 6 Monaten/],
    ['pl-PL', 'chcę raty', `zły list, numer to ${D01.number}`, /kod pocztowy/, /129,00 € w 6/],
  ])('%s: "%s"', async (locale, start, other, postcode, schedule) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D02.number, D02.postcode]) await c.say(line);
    expect(oneLine(await c.say(other))).toMatch(postcode);
    expect(oneLine(await c.say(D01.postcode))).toMatch(schedule);
  });
});
