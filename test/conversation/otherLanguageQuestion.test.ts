/**
 * A question in a language the assistant does not speak is not dropped after the note on languages:
 * answered in English when its words can be placed (shared ones like "CJIB" and amounts, glossed ones
 * like "amende", "multa", "ceza", "taksit"), else asked again in one of the four languages in the same message
 * as the menu of languages; choosing Dutch, German or Polish then answers it again in that language.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

// The notice names the language when it can ("I do not speak Turkish"), else "that language".
const NOTICE = /do not speak (that language|Turkish|French|Spanish|Italian|Arabic)\b/;
const ASK_AGAIN = /ask it again in one of those four languages/;

describe('the question asked in another language', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['tr-TR', 'Merhaba, CJIB cezamı taksitle ödeyebilir miyim?', /payment arrangement/],
    ['fr-FR', "Bonjour, j'ai reçu une amende, comment payer?", /iDEAL/],
    ['fr-FR', 'Je ne peux pas payer mon amende CJIB', /emergency stop|noodstop/],
    ['es-ES', 'Hola, ¿cuánto tiempo tengo para pagar la multa?', /8 weeks/],
    ['it-IT', 'Ciao, ho ricevuto una multa, come posso pagare?', /iDEAL/],
  ])('%s: "%s" is answered in English after the note', async (locale, question, answer) => {
    const c = await assistant.open({ locale });
    const replies = textOf(await c.say(question));
    expect(replies).toMatch(NOTICE);
    expect(replies).toMatch(answer);
    expect(replies).not.toMatch(ASK_AGAIN);
  });

  it('ar on webchat, not placed: asked again in one of the four languages with the languages, then "English"', async () => {
    const c = await assistant.open({ locale: 'ar' });
    const first = await c.say('مرحبا، لدي غرامة من CJIB كيف أدفع؟');
    expect(textOf(first)).toMatch(NOTICE);
    expect(textOf(first)).toMatch(ASK_AGAIN);
    // One message: the menu of languages stays the last one (a number typed next picks from it).
    expect(first.filter((a) => a.type === 'message')).toHaveLength(1);
    expect(textOf(await c.say('English'))).toMatch(/How can I help you\?/);
    expect(textOf(await c.say('how do I pay?'))).toMatch(/iDEAL/);
  });

  it('a second unplaced message in that language is asked again too, not "sorry, I cannot help"', async () => {
    const c = await assistant.open({ locale: 'fr-FR' });
    await c.say('Bonjour, je ne comprends pas la lettre du CJIB');
    const again = textOf(await c.say('Je ne comprends rien à cette histoire de lettre'));
    expect(again).not.toMatch(/cannot help you with that/);
  });

  it.each([
    ['tr-TR', 'Merhaba, CJIB cezamı taksitle ödeyebilir miyim?', 'Nederlands', /betalingsregeling/],
    ['fr-FR', 'Je ne peux pas payer mon amende CJIB', 'Deutsch', /Notstopp|noodstop/],
    ['es-ES', 'Hola, ¿cuánto tiempo tengo para pagar la multa?', 'Polski', /8 tygodni/],
  ])('%s: choosing %s answers the question again in it', async (locale, question, language, again) => {
    const c = await assistant.open({ locale });
    await c.say(question);
    const replies = textOf(await c.say(language));
    expect(replies).toMatch(again);
    expect(replies).not.toMatch(/How can I help|Waarmee kan ik|Wie kann ich|W czym mogę/);
  });
});
