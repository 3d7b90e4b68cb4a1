/**
 * "Can I get a discount if I pay now?": no discount is known here (DOMAIN.md has none); what helps is
 * paying before the date on the letter (late means a statutory increase), or instalments. Every language,
 * not "not sure what you mean".
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const NO_DISCOUNT =
  /korting .*ken ik niet|do not know of any discount|Rabatt .*kenne ich nicht|Nie znam żadnej zniżki/;

describe('a discount for paying now', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'krijg ik korting als ik nu meteen betaal?'],
    ['en-GB', 'can i get a discount if i pay now'],
    ['de-DE', 'Gibt es Rabatt, wenn ich sofort zahle?'],
    ['pl-PL', 'czy dostanę zniżkę, jeśli zapłacę od razu?'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(NO_DISCOUNT);
  });
});
