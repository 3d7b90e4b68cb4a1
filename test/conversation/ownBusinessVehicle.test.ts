/**
 * A vehicle registered to the citizen's own business, said as "op naam van de zaak" or by a zzp'er: the
 * business is the registered owner and pays; whether a business gets an arrangement is not known here
 * (a person). Not the answer that someone else drove.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a vehicle on the own business', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    'de auto staat op naam van de zaak, ik ben zzp, kan ik een regeling krijgen',
    'ik ben zzper en de bus staat op mijn bedrijf, wie betaalt de boete?',
  ])('"%s"', async (message) => {
    const [answer] = await answersTo(assistant, 'nl-NL', message);
    expect(answer).toMatch(/op naam van uw bedrijf/);
    expect(answer).not.toMatch(/^Voor verkeersboetes geldt kentekenaansprakelijkheid/);
  });
});
