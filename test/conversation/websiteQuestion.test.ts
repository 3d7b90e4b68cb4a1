/**
 * "Wat is jullie website?", "waar kan ik online inloggen?": the CJIB's site (cjib.nl) and the
 * Digitaal Loket with DigiD, and honestly that the Loket's own address is not known (DOMAIN.md §1.10,
 * §2.2), in every language; on the phone the address is said as it is typed ("cjib punt nl").
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { spokenSentences, textOf } from '../support/testApp';

describe("the CJIB's website", () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'Wat is jullie website?', /website van het CJIB is www\.cjib\.nl.*Digitaal Loket.*DigiD/s],
    ['nl-NL', 'waar kan ik online inloggen', /Digitaal Loket.*DigiD.*staat niet in mijn informatie/s],
    ['en-GB', "what's your website", /website is www\.cjib\.nl.*Digitaal Loket.*DigiD/s],
    ['de-DE', 'Wie lautet Ihre Webseite?', /Website des CJIB ist www\.cjib\.nl.*DigiD/s],
    ['pl-PL', 'gdzie mogę się zalogować online?', /Digitaal Loket.*DigiD/s],
  ])('%s "%s": the site and where to log in', async (locale, asked, expected) => {
    const c = await assistant.open({ locale });
    const answer = textOf(await c.say(asked));
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/weet niet zeker wat u bedoelt|not sure what you mean|Gaat het om een van deze/);
  });

  it('phone nl: the address said as it is typed, not "the website of the CJIB is the website of the CJIB"', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'telephony' });
    const heard = spokenSentences(await c.say('wat is jullie website')).join(' ');
    expect(heard).toMatch(/De website van het CJIB is cjib punt nl\./);
    expect(heard).not.toMatch(/is de website van het CJIB/);
  });
});
