/**
 * "Mag mijn zoon de boete voor mij betalen?": yes, a payment reaches the fine through its reference, not
 * through who pays (DOMAIN.md §2.2), in every language; not only the general ways to pay.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const YES = /^(Ja, dat kan|Yes, that is possible|Ja, das geht|Tak, to możliwe)/;

describe('someone else paying the fine', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'mag mijn zoon de boete voor mij betalen'],
    ['en-GB', 'can my son pay the fine for me?'],
    ['de-DE', 'darf mein Sohn das Bußgeld für mich bezahlen?'],
    ['pl-PL', 'czy mój syn może zapłacić mandat za mnie?'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(YES);
  });
});
