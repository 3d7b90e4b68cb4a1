/**
 * "Bedankt, ik bel later wel terug", "ok, I'll call back later", "danke, ich rufe später nochmal an",
 * "dziękuję, zadzwonię później" while the CJIB number is asked: the caller is leaving for now (to find
 * the letter, at another time). A kind goodbye, not "Dat lijkt geen CJIB-nummer" and the question again.
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences, messagesOf } from '../support/replyText';
import { textOf } from '../support/testApp';

describe('coming back later, said in the middle of a lookup', () => {
  const assistant = useStaffedApp();

  it.each([
    ['nl-NL', 'boete opzoeken', 'bedankt, ik bel later wel terug', /Tot ziens/, /geen CJIB-nummer/],
    ['en-GB', 'look up my fine', "ok, I'll call back later", /Goodbye/i, /CJIB number/],
    ['de-DE', 'Bußgeld nachsehen', 'danke, ich rufe später nochmal an', /Wiedersehen/, /CJIB-Nummer/],
    ['pl-PL', 'sprawdzić mój mandat', 'dziękuję, zadzwonię później', /widzenia/, /numer/],
  ])('phone %s: "%s", then "%s"', async (locale, start, leaving, goodbye, asked) => {
    const c = await assistant.open({ channelId: 'telephony', locale });
    await c.say(start);
    const heard = heardSentences(await c.say(leaving));
    expect(heard).toMatch(goodbye);
    expect(heard).not.toMatch(asked);
  });

  it('whatsapp nl: "ok dank je, ik kom er morgen op terug" at the postcode', async () => {
    const c = await assistant.open({ channelId: 'whatsapp', locale: 'nl-NL' });
    await c.say('boete opzoeken');
    await c.say('9698 9486 1458 0658');
    const reply = textOf(messagesOf(await c.say('ok dank je, ik kom er morgen op terug')));
    expect(reply).toMatch(/Tot ziens/);
    expect(reply).not.toMatch(/postcode/i);
  });
});
