/**
 * WhatsApp: a photo or a voice note (no text) while a flow asks something is not "no answer yet":
 * it cannot be read here (no photo of the letter), and the flow's question comes again. It is not
 * counted as a wrong answer: after three photos the CJIB number still goes on to the postcode.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const D01 = { number: '9698948614580658', postcode: '8911 AB' };
const photo = {
  type: 'message',
  text: '',
  attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://example.invalid/m' }],
};
const voice = {
  type: 'message',
  text: '',
  attachments: [{ contentType: 'audio/ogg', contentUrl: 'https://example.invalid/v' }],
};

describe('a photo or voice note in the middle of a flow', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik wil mijn boete opzoeken', /geen foto van uw brief/, /16 cijfers/],
    ['en-US', 'look up my fine', /photo of your letter/, /16 digits/],
    ['de-DE', 'Ich möchte mein Bußgeld nachsehen', /kein Foto Ihres Briefs/, /16 Ziffern/],
    ['pl-PL', 'chcę sprawdzić mój mandat', /zdjęcia pisma/, /16 cyfr/],
  ])(
    '%s at the CJIB-number question: the notice and the question again',
    async (locale, start, notice, question) => {
      const c = await assistant.open({ channelId: 'whatsapp', locale });
      await c.say(start);
      const reply = textOf(await c.post(photo));
      expect(reply).toMatch(notice);
      expect(reply).toMatch(question);
      expect(reply).not.toMatch(/nog geen antwoord|not received an answer|keine Antwort|Nie otrzymałem/);
    },
  );

  it('nl at the postcode question; three attachments count as no wrong answer', async () => {
    const c = await assistant.open({ channelId: 'whatsapp', locale: 'nl-NL' });
    await c.say('ik wil mijn boete opzoeken');
    await c.post(photo);
    await c.post(voice);
    await c.post(photo);
    expect(textOf(await c.say(D01.number))).toMatch(/postcode/);
    const reply = textOf(await c.post(voice));
    expect(reply).toMatch(/spraakberichten/);
    expect(reply).toMatch(/postcode/);
    expect(textOf(await c.say(D01.postcode))).toMatch(/129/);
  });
});
