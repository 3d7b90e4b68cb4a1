/**
 * A yes at "did this help?" is a rating: "ja bitte", "ja hoor", "yes thanks", "tak, dziękuję" thank
 * the citizen; they do not start the lookup the answer mentioned, and on the phone "yes please"
 * after the contact answer does not offer a person or a call back (it helped).
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const STARTED_LOOKUP = /CJIB-Nummer nodig|CJIB-nummer nodig|CJIB number|numer CJIB|CJIB-Nummer/;

describe('a yes at the rating question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['de-DE', 'Wie lange habe ich Zeit zum Bezahlen?', 'ja bitte', /Schön, dass es hilft/],
    ['de-DE', 'Wie lange habe ich Zeit zum Bezahlen?', 'Ja, bitte!', /Schön, dass es hilft/],
    ['nl-NL', 'Hoe lang heb ik om te betalen?', 'ja hoor', /Dank u wel voor uw reactie/],
    ['en-US', 'How long do I have to pay?', 'yes thanks', /Thank you for your feedback/],
    ['en-US', 'How long do I have to pay?', 'yes please', /Glad it helps/],
    ['pl-PL', 'Ile mam czasu na zapłatę?', 'tak, dziękuję', /Dziękujemy za opinię/],
  ])('whatsapp %s "%s" then "%s"', async (locale, question, yes, thanked) => {
    const c = await assistant.open({ channelId: 'whatsapp', locale });
    expect(textOf(await c.say(question))).toMatch(/geholfen|geholpen|help|pomocna/);
    const reply = textOf(await c.say(yes));
    expect(reply).toMatch(thanked);
    expect(reply).not.toMatch(STARTED_LOOKUP);
  });

  it('the lookup offered after the thanks is still one reply away', async () => {
    const c = await assistant.open({ channelId: 'whatsapp', locale: 'de-DE' });
    await c.say('Wie lange habe ich Zeit zum Bezahlen?');
    await c.say('ja bitte');
    expect(textOf(await c.say('1'))).toMatch(/CJIB-Nummer/);
  });

  it('telephony en: "yes please" after the contact answer is thanks, no person or call back', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'en-US' });
    expect(textOf(await c.say('what is your phone number?'))).toMatch(/Did this answer help/);
    const reply = await c.say('yes please');
    const heard = JSON.stringify(reply.map((a) => `${a.text ?? ''} ${a.speak ?? ''}`));
    expect(heard).toMatch(/Thank you for your feedback/);
    expect(heard).not.toMatch(/member of staff|call you back|put you through|staff are/i);
  });
});
