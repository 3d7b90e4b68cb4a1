/**
 * "Laat maar, stop", "never mind, stop", "lass mal, abbrechen": two ways of saying stop in one
 * message, at the lookup's number or postcode question, stop the flow as one of them alone does;
 * they are not read as a wrong postcode or CJIB number, and the next question is answered.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { textOf } from '../support/testApp';

const STOPPED = /ik ben gestopt|I have stopped|ich habe abgebrochen|przerwałem/;
const NOT_READ = /postcode|Postleitzahl|kod pocztowy|CJIB-nummer|CJIB number|CJIB-Nummer|numer CJIB/i;
const HOW_TO_PAY = /iDEAL/;

describe('stop said twice in one message', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'betalingsregeling', 'laat maar, stop', 'hoe betaal ik'],
    ['en-GB', 'payment plan', 'never mind, stop', 'how do I pay'],
    ['de-DE', 'Ratenzahlung', 'lass mal, abbrechen', 'wie zahle ich'],
    ['pl-PL', 'chcę raty', 'daj spokój, anuluj', 'jak zapłacić'],
  ])('%s at the postcode question: "%s"', async (locale, start, stop, next) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say(DEMO_DEBTORS.D01.number);
    const stopped = textOf(await c.say(stop));
    expect(stopped).toMatch(STOPPED);
    expect(stopped).not.toMatch(NOT_READ);
    expect(textOf(await c.say(next))).toMatch(HOW_TO_PAY);
  });

  it('nl at the number question: "laat maar, stop" stops, then the arrangement again starts over', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik wil mijn boete opzoeken');
    const stopped = textOf(await c.say('laat maar, stop'));
    expect(stopped).toMatch(STOPPED);
    expect(stopped).not.toMatch(/Dat lijkt geen CJIB-nummer/);
    expect(textOf(await c.say('toch maar wel een betalingsregeling'))).toMatch(/CJIB-nummer nodig/);
  });
});
