/**
 * "Is het CJIB hetzelfde als het OM?": no, the CJIB collects and the OM decides (DOMAIN.md §4, §5), said
 * first, then what the CJIB is, in every language; not "not sure what you mean".
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const NO = /^(Nee\. Het CJIB int|No\. The CJIB collects|Nein\. Das CJIB treibt|Nie\. CJIB ściąga)/;

describe('the CJIB and the OM', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'is het cjib hetzelfde als het om'],
    ['nl-NL', 'wat is het verschil tussen het CJIB en het Openbaar Ministerie?'],
    ['en-GB', 'is the CJIB the same as the public prosecutor?'],
    ['de-DE', 'Ist das CJIB dasselbe wie die Staatsanwaltschaft?'],
    ['pl-PL', 'czy CJIB to to samo co prokuratura?'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(NO);
  });
});
