/**
 * Another CJIB number given while the postcode is asked ("nee wacht, het nummer is 9698 …"): it is
 * said back as the corrected number before the postcode is asked again, so the citizen knows it was
 * taken; the same number given again is simply taken, without "corrected".
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine } from '../support/replyText';

const D01 = DEMO_DEBTORS.D01;
const D02 = DEMO_DEBTORS.D02;
const CORRECTED = /aangepast: 9698 9486 1458 0658|corrected the number: 9698 9486 1458 0658|Nummer korrigiert: 9698 9486 1458 0658|Poprawiłem numer: 9698 9486 1458 0658/;

describe('another number at the postcode question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'boete opzoeken', `nee wacht, het nummer is ${D01.number}`, /postcode/, /€ 129,00/],
    ['en-GB', 'look up my fine', `sorry, it is actually ${D01.number}`, /postcode/, /€129\.00/],
    ['de-DE', 'Bußgeld nachsehen', `nein warte, die Nummer ist ${D01.number}`, /Postleitzahl/, /129,00 €/],
    ['pl-PL', 'sprawdź mandat', `nie, czekaj, numer to ${D01.number}`, /kod pocztowy/, /129,00 €/],
  ])('%s: "%s"', async (locale, start, other, postcode, found) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say(D02.number);
    const reply = oneLine(await c.say(other));
    expect(reply).toMatch(CORRECTED);
    expect(reply).toMatch(postcode);
    expect(oneLine(await c.say(D01.postcode))).toMatch(found);
  });

  it('nl: the same number again is taken without "corrected"', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('boete opzoeken');
    await c.say(D01.number);
    const reply = oneLine(await c.say(`het nummer is ${D01.number}`));
    expect(reply).not.toMatch(/aangepast/);
    expect(reply).toMatch(/postcode/);
  });
});
