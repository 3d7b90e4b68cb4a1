import { startTestApp, textOf, type TestApp } from '../support/testApp';

/**
 * Citizens who write in a language the assistant does not speak (French, Turkish, Arabic …): they
 * hear once, in English, which languages it speaks, can pick one, and are helped in English.
 */
describe('citizens writing in another language', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const NOTICE = /I can help you in English, Dutch, German or Polish/;

  it('French on the Dutch website: the languages once, then the arrangement in English', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    const first = await c.say('Bonjour, je voudrais payer mon amende en plusieurs fois');
    expect(textOf(first)).toMatch(NOTICE);
    expect(first.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.title)).toEqual(
      expect.arrayContaining(['Nederlands', 'English', 'Deutsch', 'Polski']),
    );
    expect(textOf(first)).toMatch(/CJIB number/);
    const second = textOf(await c.say('9698948614580658'));
    expect(second).not.toMatch(NOTICE);
    expect(second).toMatch(/postcode/i);
  });

  it('Turkish: a question is answered in English after the notice', async () => {
    const c = app.conversation({ locale: 'tr-TR' });
    const welcome = textOf(await c.start());
    expect(welcome).toMatch(/digital assistant/); // a Turkish device gets the English welcome
    const replies = textOf(await c.say('Merhaba, cezamı nasıl ödeyebilirim?'));
    expect(replies).toMatch(NOTICE);
    expect(replies).toMatch(/iDEAL/);
  });

  it('Arabic script is a message in another language, not an empty one', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    const replies = textOf(await c.say('مرحبا، كيف أدفع غرامتي؟'));
    expect(replies).toMatch(NOTICE);
    expect(replies).not.toMatch(/cannot see any text/);
  });

  it('SMS, Arabic not understood: one numbered menu (the languages), and "1" picks Nederlands', async () => {
    const c = app.conversation({ channelId: 'sms', locale: 'nl-NL' });
    await c.start();
    const replies = textOf(await c.say('السلام عليكم، كيف أدفع الغرامة؟'));
    expect(replies).toMatch(NOTICE);
    expect(replies).not.toMatch(/cannot help you with that/);
    expect(replies.match(/^1\. /gm)).toHaveLength(1);
    expect(textOf(await c.say('1'))).toMatch(/Nederlands/);
  });

  it('choosing a language from the notice continues in it', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    await c.say('Hola, tengo una multa y no puedo pagar');
    expect(textOf(await c.say('Deutsch'))).toMatch(/Deutsch/);
    expect(textOf(await c.say('Wie kann ich bezahlen?'))).toMatch(/iDEAL/);
  });

  it('"Parlez-vous anglais ?" switches to English; "je ne parle pas néerlandais" too', async () => {
    const a = app.conversation({ locale: 'nl-NL' });
    await a.start();
    expect(textOf(await a.say('Parlez-vous anglais ?'))).toMatch(/continue in English/);
    const b = app.conversation({ locale: 'nl-NL' });
    await b.start();
    expect(textOf(await b.say('je ne parle pas néerlandais'))).toMatch(/English/);
  });

  it('a Dutch conversation with a French courtesy stays Dutch', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    await c.say('Hoe kan ik mijn boete betalen?');
    const replies = textOf(await c.say('merci voor de hulp'));
    expect(replies).not.toMatch(NOTICE);
    expect(replies).not.toMatch(/[Yy]ou/);
  });

  it('on the phone the notice asks to say a language, not to choose below', async () => {
    const c = app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
    await c.start();
    const replies = await c.say('Bonjour, je voudrais payer mon amende en plusieurs fois');
    expect(textOf(replies)).toMatch(/Say the name of another language/);
    expect(replies.map((a) => a.speak ?? '').join(' ')).not.toMatch(/below/);
  });

  it('a device set to a language of the Netherlands (Frisian) or to Turkish in the Netherlands gets Dutch', async () => {
    for (const locale of ['fy-NL', 'tr-NL']) {
      const c = app.conversation({ locale });
      expect(textOf(await c.start())).toMatch(/digitale assistent/);
    }
  });
});
