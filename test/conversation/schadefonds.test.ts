/**
 * The Schadefonds Geweldsmisdrijven is not in DOMAIN.md: the honest word first (no reliable information),
 * then what the CJIB does for victims of a compensation order, in every language.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const HONEST =
  /geen betrouwbare informatie|do not have reliable information|keine verlässlichen Informationen|Nie mam wiarygodnych informacji/;
const VICTIM = /8 maanden|8 months|8 Monate|8 miesięcy/;

describe('the Schadefonds Geweldsmisdrijven', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'wat is het schadefonds geweldsmisdrijven'],
    ['nl-NL', 'kan ik geld krijgen van het schadefonds? ik ben mishandeld en de dader betaalt niet'],
    ['en-GB', 'can I apply to the Schadefonds Geweldsmisdrijven as a victim?'],
    ['de-DE', 'Was ist der Schadefonds Geweldsmisdrijven für Opfer?'],
    ['pl-PL', 'jestem ofiarą, co to jest Schadefonds Geweldsmisdrijven?'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(HONEST);
    expect(answer).toMatch(VICTIM);
  });
});
