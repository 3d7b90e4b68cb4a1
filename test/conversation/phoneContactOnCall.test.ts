/**
 * "Neem dan contact op met het CJIB" said to someone already on the CJIB's line: on the phone the
 * caller is offered to be put through to a member of staff right away.
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences as heard } from '../support/replyText';

describe('contacting the CJIB, said on a call to the CJIB', () => {
  const assistant = useStaffedApp();

  it.each<[string, string, RegExp]>([
    [
      'nl-NL',
      'hallo ik wil graag betalen maar ik heb de brief niet meer, ben hem kwijt',
      /zeg 'medewerker', dan verbind ik u door/,
    ],
    ['en-US', 'hello I want to pay but I lost the letter', /say 'agent' and I will put you through/],
  ])('%s', async (locale, said, offer) => {
    const c = await assistant.open({ channelId: 'telephony', locale });
    const answer = heard(await c.say(said));
    expect(answer).toMatch(offer);
    expect(answer).not.toMatch(/[()]/);
  });
});
