/**
 * A Polish citizen gives a mobile number as Poles write it, "601 234 567" (nine digits, no 0, no
 * +48): it is taken as a Polish number, not refused as "no e-mail or phone number". In another
 * conversation nine digits without a 0 get the question for the country code.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a phone number without its country code at the contact question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['webchat', '601 234 567'],
    ['sms', '601-234-567'],
    ['webchat', '48 601 234 567'],
  ])('pl %s: "%s" is +48 601 234 567 and the confirmation follows', async (channelId, phone) => {
    const c = await assistant.open({ channelId, locale: 'pl-PL' });
    await c.say('raty');
    await c.say('1624689630323359');
    await c.say('61-001');
    await c.say('tak');
    const reply = textOf(await c.say(phone));
    expect(reply).not.toMatch(/nie wygląda na adres e-mail/);
    expect(reply).toMatch(/Skontaktujemy się przez \+48601234567\. Czy mam teraz wysłać wniosek\?/);
  });

  it.each([
    ['de-DE', 'ja', /Landesvorwahl/],
    ['nl-NL', 'ja', /landnummer/],
  ])('%s: nine digits without a 0 ask for the country code', async (locale, yes, asked) => {
    const c = await assistant.open({ channelId: 'webchat', locale });
    await c.say(locale === 'de-DE' ? 'Ratenzahlung' : 'regeling');
    await c.say('1852906095141302');
    await c.say('7511JE');
    await c.say(yes);
    expect(textOf(await c.say('612 345 678'))).toMatch(asked);
    expect(textOf(await c.say('+31 6 12345678'))).toMatch(/\+31612345678/);
  });
});
