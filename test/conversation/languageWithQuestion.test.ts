/**
 * A language asked for with a question in the same message ("ok english then. why is my fine so
 * high?"): the assistant says it continues in that language and answers the question in it, instead
 * of "How can I help you?" with the question dropped.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('a change of language with a question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('en: picked from the languages offered, with the question: answered in English', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('do you speak french?');
    const reply = textOf(await c.say('ok english then. why is my fine so high?'));
    expect(reply).toMatch(/I will continue in English\./);
    expect(reply).not.toMatch(/How can I help you/);
    expect(reply).toMatch(/reminder/);
  });

  it('nl → de: "auf Deutsch bitte, wie kann ich bezahlen?" is answered in German', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say('auf Deutsch bitte, wie kann ich bezahlen?'));
    expect(reply).toMatch(/Deutsch/);
    expect(reply).toMatch(/iDEAL/);
    expect(reply).toMatch(/Verwendungszweck/);
  });

  it('nl → en: the language alone still asks how it can help', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('English please'))).toMatch(/How can I help you/);
  });
});
