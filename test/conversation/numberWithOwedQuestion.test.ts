/**
 * "What do I owe? My CJIB number is 9698-9486-1458-0658", "mijn cjib nummer is …, hoeveel moet ik
 * betalen?": the number given with the question what is owed starts the lookup with it (the postcode
 * asked next), not the knowledge base's answer about which number to use; the whole lookup follows.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const POSTCODE =
  /postcode of the address|postcode van het adres|Postleitzahl der Adresse|kod pocztowy adresu/;
const FOUND = /129[.,]00/;

describe('a CJIB number with the question what is owed', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-GB', 'hello, what do I owe? my cjib number is 9698-9486-1458-0658', '8911ab'],
    ['nl-NL', 'mijn cjib nummer is 9698 9486 1458 0658, hoeveel moet ik betalen?', '8911-AB'],
    ['de-DE', 'meine CJIB-Nummer ist 9698.9486.1458.0658, was muss ich noch zahlen?', '8911 AB'],
    ['pl-PL', 'mój numer CJIB to 9698948614580658, ile muszę zapłacić?', '8911 ab'],
  ])('%s "%s": the postcode asked, then the fine', async (locale, said, postcode) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(POSTCODE);
    expect(reply).not.toMatch(/payment reference|betalingskenmerk|Zahlungsreferenz|referencję/);
    expect(textOf(await c.say(postcode))).toMatch(FOUND);
  });
});
