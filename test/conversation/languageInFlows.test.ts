/**
 * Inside a flow: a polite, longer request for another language is honoured at every prompt; a clear
 * question in another supported language moves the conversation to it, so the answer and the flow's
 * question after it are in one language; a question that comes with a change of language is kept.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const GERMAN_CONFIRM = /Möchten Sie diese Ratenzahlung beantragen/;
const POLISH_CONFIRM = /Czy chce Pan\/Pani złożyć wniosek/;
const ENGLISH_CONFIRM = /Would you like to request this payment arrangement/;

describe('the language inside a flow', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('de-DE at the confirmation: "sorry, can we continue in English? my German is not good" switches', async () => {
    const c = await assistant.open({ locale: 'de-DE' });
    await c.say('ratenzahlung');
    await c.say('2342145524857394');
    expect(textOf(await c.say('1071 DJ'))).toMatch(GERMAN_CONFIRM);
    const switched = textOf(await c.say('sorry, can we continue in English? my German is not good'));
    expect(switched).toMatch(/continue in English/);
    expect(switched).toMatch(ENGLISH_CONFIRM);
    const answered = textOf(await c.say('what if i get another fine later?'));
    expect(answered).toMatch(/another fine/);
    expect(answered).not.toMatch(GERMAN_CONFIRM);
  });

  // One English message is answered in English; the conversation stays Polish (sweep 9b item 8), so
  // "ok tak" goes on in Polish.
  it('pl-PL: an English question at the confirmation is answered and asked again in English, and "ok tak" goes on in Polish', async () => {
    const c = await assistant.open({ locale: 'pl-PL' });
    await c.say('raty');
    await c.say('9698948614580658');
    expect(textOf(await c.say('8911 AB'))).toMatch(POLISH_CONFIRM);
    const answered = textOf(await c.say('what happens if I miss a payment?'));
    expect(answered).toMatch(/instalment/);
    expect(answered).toMatch(ENGLISH_CONFIRM);
    expect(answered).not.toMatch(POLISH_CONFIRM);
    expect(textOf(await c.say('ok tak'))).toMatch(/adresem e-mail lub numerem telefonu/);
  });

  it('pl-PL: "can you write in english please, my polish is bad" at the confirmation switches to English', async () => {
    const c = await assistant.open({ locale: 'pl-PL' });
    await c.say('raty');
    await c.say('9698948614580658');
    await c.say('8911 AB');
    const switched = textOf(await c.say('can you write in english please, my polish is bad'));
    expect(switched).toMatch(/continue in English/);
    expect(switched).toMatch(ENGLISH_CONFIRM);
    expect(switched).not.toMatch(/cannot give you an exact answer/);
  });
});
