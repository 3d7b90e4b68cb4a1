/**
 * After the licence taken for unpaid fines, "hoe krijg ik hem terug?" asks about the licence: when and
 * how it comes back (on the letter; up to 4 weeks), not how the car comes back from Domeinen, in every language.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const LICENCE_BACK =
  /rijbewijs kan tot 4 weken|driving licence can be taken for up to 4 weeks|Führerschein kann bis zu 4 Wochen|Prawo jazdy może zostać zatrzymane/;
const CAR_BACK = /^(U krijgt uw auto terug|You get your car back|Sie bekommen Ihr Auto zurück|Samochód)/;

describe('the licence back, after it was taken for unpaid fines', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'mijn rijbewijs is ingenomen omdat ik boetes niet heb betaald', 'hoe krijg ik hem terug?'],
    ['en-GB', 'my driving licence was taken because I did not pay my fines', 'how do I get it back?'],
    [
      'de-DE',
      'mein Führerschein wurde eingezogen, weil ich Bußgelder nicht bezahlt habe',
      'wie bekomme ich ihn zurück?',
    ],
    ['pl-PL', 'zabrali mi prawo jazdy, bo nie zapłaciłem mandatów', 'jak je odzyskać?'],
  ])('%s: "%s", then "%s"', async (locale, first, next) => {
    const [, answer] = await answersTo(assistant, locale, first, next);
    expect(answer).toMatch(LICENCE_BACK);
    expect(answer).not.toMatch(CAR_BACK);
  });

  it('after the car taken, "wanneer krijg ik hem terug?" is still the car', async () => {
    const [, answer] = await answersTo(
      assistant,
      'nl-NL',
      'mijn auto is buiten gebruik gesteld',
      'hoe krijg ik hem terug?',
    );
    expect(answer).toMatch(/^U krijgt uw auto terug/);
  });
});
