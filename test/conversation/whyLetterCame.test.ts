/**
 * "Why did the CJIB write to me?", "wat is het CJIB en waarom sturen ze mij een brief": what a letter of
 * the CJIB is about and what to do with it, on SMS, WhatsApp and the phone, not "I am not sure what you
 * mean" with unrelated topics (bailiff, increases) to choose from.
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences, messagesOf } from '../support/replyText';
import { textOf } from '../support/testApp';

describe('why a letter of the CJIB came', () => {
  const assistant = useStaffedApp();

  it.each([
    [
      'sms',
      'en-GB',
      'what is the cjib and why did they write to me',
      /usually about a fine you have to pay/,
      /not sure what you mean/,
    ],
    [
      'whatsapp',
      'nl-NL',
      'wat is het cjib en waarom sturen ze mij een brief',
      /gaat meestal over een boete die u moet betalen/,
      /niet zeker wat u bedoelt/,
    ],
    [
      'sms',
      'de-DE',
      'warum schreibt mir das CJIB?',
      /betrifft meistens ein Bußgeld/,
      /nicht sicher, was Sie meinen/,
    ],
    ['whatsapp', 'pl-PL', 'dlaczego CJIB do mnie napisał?', /zwykle dotyczy mandatu/, /Nie jestem pewien/],
  ])('%s %s: "%s"', async (channelId, locale, asked, answer, unsure) => {
    const c = await assistant.open({ channelId, locale });
    const reply = textOf(messagesOf(await c.say(asked)));
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(unsure);
    expect(reply).not.toMatch(/\*\*|\[.+\]\(/);
  });

  it('nl phone: "waarom krijg ik eigenlijk een brief van het CJIB?" is heard in parts', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    const heard = heardSentences(await c.say('waarom krijg ik eigenlijk een brief van het CJIB?'));
    expect(heard).toMatch(
      /^Een brief van het CJIB gaat meestal over een boete die u moet betalen\..*Wilt u meer weten\?$/,
    );
  });
});
