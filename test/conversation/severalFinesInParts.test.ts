/**
 * "Kann ich beides zusammen in Raten zahlen?", "kan ik mijn twee boetes samen in termijnen betalen?":
 * one arrangement for several fines is asked about, so the instalments answer (all fines together
 * count towards the € 75), not the advice to pay each fine with its own transfer. Paying two fines
 * together without instalments keeps that advice.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const OWN_TRANSFER =
  /eigenen Überweisung|eigen overboeking|own transfer|osobnym przelewem|aparte overboeking|separate transfer/;

describe('several fines in one arrangement', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'de-DE',
      'Ich habe zwei Briefe bekommen, einen für mein Auto und einen für das Motorrad, kann ich beides zusammen in Raten zahlen?',
      /alle Ihre Bußgelder zusammen/,
    ],
    ['nl-NL', 'kan ik mijn twee boetes samen in termijnen betalen?', /al uw boetes samen/],
    ['en-GB', 'can I pay both fines together in instalments?', /all your fines together/],
    ['pl-PL', 'czy mogę zapłacić oba mandaty razem w ratach?', /wszystkie mandaty razem/],
  ])('%s: "%s"', async (locale, message, together) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(together);
    expect(answer).not.toMatch(OWN_TRANSFER);
  });

  it('nl: "kan ik beide boetes samen betalen?" keeps the advice of one transfer per fine', async () => {
    const [answer] = await answersTo(assistant, 'nl-NL', 'kan ik beide boetes samen betalen?');
    expect(answer).toMatch(/Betaal elke boete|elke boete apart|eigen CJIB-nummer/);
  });
});
