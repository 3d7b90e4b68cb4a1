/**
 * A citizen writing a language the assistant does not speak reads one short sentence in their own
 * language, always has a person to choose, and is offered a person at once when they say they cannot
 * pay ("я біженець і не маю грошей"); a yes in their language ("так", "نعم") takes the offer. The
 * notice does not name four languages and then ask for "English or Dutch".
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const QUEUED = /in the queue for a member of CJIB staff/;
const OFFER = /Would you like to talk to a member of staff\?/;

describe('a language the assistant does not speak: a sentence in it and a person', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it('uk-UA refugee without money: Ukrainian sentence, a person offered, "так" takes it', async () => {
    const c = await assistant.open({ locale: 'uk-UA' });
    const first = await c.say('Добрий день, я отримав штраф, я біженець з України і не маю грошей');
    expect(textOf(first)).toMatch(/Вибачте, я не розмовляю українською/);
    expect(textOf(first)).toMatch(OFFER);
    expect(textOf(first)).not.toMatch(/English or in Dutch|ask it again/);
    expect(textOf(await c.say('так'))).toMatch(QUEUED);
  });

  it('ar: Arabic sentence, the languages and "Talk to a person"; "no money" next offers a person', async () => {
    const c = await assistant.open({ locale: 'ar' });
    const first = await c.say('مرحبا لدي غرامة مرورية ماذا أفعل');
    expect(textOf(first)).toMatch(/عذرًا، لا أتحدث العربية/);
    expect(textOf(first)).not.toMatch(/English or in Dutch/);
    const titles = first.flatMap((a) => a.suggestedActions?.actions.map((x) => x.title) ?? []);
    expect(titles).toEqual(expect.arrayContaining(['English', 'Nederlands', 'Talk to a person']));
    expect(textOf(await c.say('ليس لدي مال'))).toMatch(OFFER);
    expect(textOf(await c.say('نعم'))).toMatch(QUEUED);
  });

  it('es-ES "no hablo inglés": a Spanish sentence, the Spanish CJIB page and a person; "multa" next offers a person', async () => {
    const c = await assistant.open({ locale: 'es-ES' });
    await c.say('Hola');
    const told = textOf(await c.say('no hablo inglés'));
    expect(told).toMatch(/Lo siento, no hablo español/);
    expect(told).toMatch(/cjib\.nl\/es\//);
    const next = textOf(await c.say('multa'));
    expect(next).toMatch(OFFER);
    expect(next).not.toMatch(/iDEAL/);
  });

  it('fr-FR: French sentence with the notice, the fine taken up', async () => {
    const c = await assistant.open({ locale: 'fr-FR' });
    const first = textOf(
      await c.say("Bonjour, je suis belge et j'ai reçu une amende, je ne comprends pas l'anglais"),
    );
    expect(first).toMatch(/Désolé, je ne parle pas français/);
    expect(first).toMatch(/do not speak French/);
  });
});
