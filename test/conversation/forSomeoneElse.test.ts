/**
 * A citizen writing for someone else (WhatsApp): "mag ik namens mijn opa een regeling aanvragen?" is
 * answered before the number is asked (what can be done with the letter's number and postcode, the
 * decision by letter to the person concerned, a person); "ja" at the number question asks for the
 * digits kindly; a granddaughter writing about her grandmother hears whom "u" means.
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

jest.setTimeout(60_000);

describe('writing for someone else', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it('nl: "mag ik namens mijn opa…?" answered first, then the number; "ja" is no wrong number', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'whatsapp' });
    const say = async (t: string): Promise<string> => textOf(await c.say(t));
    const first = await say(
      'mag ik namens mijn opa een regeling aanvragen? hij kan zelf niet met de computer',
    );
    expect(first).toMatch(/U kunt hierbij helpen/);
    expect(first).toMatch(/besluit per brief naar de persoon om wie het gaat/);
    expect(first).toMatch(/medewerker/);
    expect(first.indexOf('U kunt hierbij helpen')).toBeLessThan(first.indexOf('CJIB-nummer nodig'));
    const yes = await say('ja');
    expect(yes).toMatch(/Typ dan de 16 cijfers/);
    expect(yes).not.toMatch(/Dat lijkt geen CJIB-nummer/);
  });

  it('nl: "ik ben de kleindochter van mevrouw Visser…" says whom "u" means, once', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'whatsapp' });
    const reply = textOf(
      await c.say(
        'ik ben de kleindochter van mevrouw Visser, ze is 80 en heeft een brief van de deurwaarder gekregen',
      ),
    );
    expect(reply).toMatch(/U schrijft voor iemand anders/);
    expect(reply).toMatch(/deurwaarder/);
    expect(textOf(await c.say('mijn oma heeft ook nog een andere boete'))).not.toMatch(
      /U schrijft voor iemand anders/,
    );
  });

  it('en: "can I apply on behalf of my grandmother?" is answered first', async () => {
    const c = await assistant.open({ locale: 'en-GB', channelId: 'whatsapp' });
    const reply = textOf(await c.say('Can I apply for a payment plan on behalf of my grandmother?'));
    expect(reply).toMatch(/You can help with this/);
  });

  it.each([
    [
      'nl-NL',
      'mijn vrouw is overleden en er komt een boete op haar naam',
      /Gecondoleerd/,
      /Fijn dat u helpt|U schrijft voor iemand anders/,
    ],
    [
      'en-GB',
      'my husband passed away and there is a fine in his name',
      /sorry for your loss/,
      /You are writing for someone else|Good of you to help/,
    ],
  ])(
    '%s "%s": condolences first, no note about writing for someone else',
    async (locale, message, kind, note) => {
      const c = await assistant.open({ locale, channelId: 'webchat' });
      const reply = textOf(await c.say(message));
      expect(reply).toMatch(kind);
      expect(reply).not.toMatch(note);
    },
  );
});
