/**
 * A WhatsApp message with only a photo (of the letter) or a voice note: not "I see no text", but that
 * photos and voice messages cannot be read here, not to send photos of the letter (personal details),
 * to type the 16 digits, or to ask for a person.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a photo or voice note only', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'image/jpeg', /geen foto van uw brief/, /16 cijfers/],
    ['nl-NL', 'audio/ogg', /spraakberichten/, /medewerker/],
    ['en-US', 'image/jpeg', /photo of your letter/, /16 digits/],
    ['pl-PL', 'audio/ogg', /wiadomości głosowych/, /16 cyfr/],
  ])('%s %s', async (locale, contentType, first, second) => {
    const c = await assistant.open({ channelId: 'whatsapp', locale });
    const reply = textOf(
      await c.post({
        type: 'message',
        text: '',
        attachments: [{ contentType, contentUrl: 'https://example.invalid/m' }],
      }),
    );
    expect(reply).not.toMatch(/geen tekst|no text/i);
    expect(reply).toMatch(first);
    expect(reply).toMatch(second);
  });

  it('an empty message without an attachment is still "no text"', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    expect(textOf(await c.say(''))).toMatch(/geen tekst/);
  });
});
