/**
 * "Wat gebeurt er met mijn boetes als ik overlijd?": DOMAIN.md says nothing of it, so the honest answer
 * with a person, in every language; not the statutory increases for paying late.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const HONEST =
  /betrouwbare informatie|reliable information|verlässlichen Informationen|wiarygodnych informacji/;
const INCREASES = /1e aanmaning|1st reminder|1\. Mahnung|1\. upomnienie/;

describe("what happens to one's fines after death", () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'wat gebeurt er als ik overlijd met mijn boetes'],
    ['en-GB', 'what happens to my fines if I die?'],
    ['de-DE', 'Was passiert mit meinen Bußgeldern, wenn ich sterbe?'],
    ['pl-PL', 'co się stanie z moimi mandatami, jeśli umrę?'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(HONEST);
    expect(answer).not.toMatch(INCREASES);
  });
});
