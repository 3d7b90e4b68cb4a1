/**
 * The court's debt restructuring (WSNP, "debt restructuring", "Insolvenz", "upadłość konsumencka"): what it
 * means for a fine is not in DOMAIN.md, so the honest answer and a person who looks at it, in every
 * language; not the answer on municipal debt help that says the fine stands and the noodstop follows.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const WSNP = /WSNP/;
const HONEST = /niet met zekerheid|cannot say for certain|nicht sicher sagen|Nie potrafię z pewnością/;

describe('debt restructuring', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik zit in de schuldsanering, moet ik mijn boete nog betalen?'],
    ['en-GB', 'I am in debt restructuring, do I still have to pay my fine?'],
    ['de-DE', 'ich bin in der Insolvenz, muss ich das Bußgeld noch bezahlen?'],
    ['pl-PL', 'jestem w upadłości konsumenckiej, czy muszę zapłacić mandat?'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(WSNP);
    expect(answer).toMatch(HONEST);
  });
});
