/**
 * "Kost dat iets?", "does it cost anything?", "fallen Zusatzkosten an?", "czy to coś kosztuje?" in an
 * arrangement request: before the letter's number the instalments add up to what is owed and the
 * arrangement's own costs are honestly not known; with the schedule on the table, its total is said.
 * Never the answer to where the CJIB number is, nor the increases for paying late; the question
 * asked before comes again.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { textOf } from '../support/testApp';

const D01 = DEMO_DEBTORS.D01;
const NOT_SURE = /niet met zekerheid|cannot say for certain|nicht mit Sicherheit|nie mogę powiedzieć na pewno/;
const WHERE_NUMBER = /achter het woord|next to the words|neben dem Wort|przy słowie/;
const LATE_INCREASES = /1,5 keer de oorspronkelijke|1\.5 times the original|1,5-Fache des|1,5 raza pierwotna/;

describe('costs of an arrangement asked in the request', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'betalingsregeling', 'komen er kosten bij?', /CJIB-nummer nodig/],
    ['nl-NL', 'ik wil een regeling', 'kost een betalingsregeling extra?', /CJIB-nummer nodig/],
    ['en-GB', 'payment plan', 'does it cost anything?', /I need the CJIB number/],
    ['de-DE', 'Ratenzahlung', 'fallen Zusatzkosten an?', /brauche ich die CJIB-Nummer/],
    ['pl-PL', 'chcę raty', 'czy to coś kosztuje?', /Potrzebuję do tego numeru CJIB/],
    ['en-GB', 'payment plan', 'is there a fee for a payment plan?', /I need the CJIB number/],
    ['de-DE', 'Ratenzahlung', 'kostet die Ratenzahlung Gebühren?', /brauche ich die CJIB-Nummer/],
    ['pl-PL', 'raty', 'czy za raty trzeba coś dopłacić?', /Potrzebuję do tego numeru CJIB/],
  ])('%s before the number: "%s"', async (locale, start, asked, question) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    const reply = textOf(await c.say(asked));
    expect(reply).toMatch(NOT_SURE);
    expect(reply).not.toMatch(WHERE_NUMBER);
    expect(reply).not.toMatch(LATE_INCREASES);
    expect(reply).toMatch(question);
    expect(textOf(await c.say(D01.number))).toMatch(/postcode|Postleitzahl|kod pocztowy/);
  });

  it.each([
    ['nl-NL', 'betalingsregeling', 'komen er kosten bij?', /€ 129,00/],
    ['de-DE', 'Ratenzahlung', 'fallen Zusatzkosten an?', /129,00 €/],
  ])('%s with the schedule shown: "%s" says its total', async (locale, start, asked, total) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D01.number, D01.postcode]) await c.say(line);
    const reply = textOf(await c.say(asked));
    expect(reply).toMatch(total);
    expect(reply).toMatch(NOT_SURE);
    expect(reply).not.toMatch(LATE_INCREASES);
  });
});
