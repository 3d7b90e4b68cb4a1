/**
 * Only a request to speak or write a language changes it ("in English please", "können wir Deutsch
 * sprechen?"). A language described ("the letter is in Dutch") or named as not mastered ("my Dutch is
 * bad") is no such request: the conversation stays in the language the citizen writes, and the
 * question in the message is answered.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const CHANGED =
  /Ik ga verder in het Nederlands|I will continue in English|Ich mache auf Deutsch|Kontynuuję po polsku/;

describe('a language named without asking for it', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('en-US "I got a letter in Dutch": stays English, and the lookup runs in English', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    const first = textOf(await c.say('I got a letter in Dutch'));
    expect(first).not.toMatch(CHANGED);
    expect(first).toMatch(/letter/);
    expect(textOf(await c.say('how much do I have to pay?'))).toMatch(/CJIB number/);
    expect(textOf(await c.say('2342145524857394'))).toMatch(/postcode/);
  });

  it.each([
    ['de-DE', 'ich verstehe den Brief nicht, er ist auf niederländisch', /Brief/],
    ['de-DE', 'der Brief ist auf Niederländisch', /Brief/],
    ['pl-PL', 'dostalem list po niderlandzku', /pismo/],
    ['en-US', 'my letter is in Dutch, can you explain it', /explain what the letter means/],
    ['en-US', 'translate the letter to english please', /explain what the letter means/],
  ])('%s "%s": the help with the letter, in the language written', async (locale, said, help) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).not.toMatch(CHANGED);
    expect(reply).toMatch(help);
  });

  it.each([
    ['de-DE', 'mein Englisch ist schlecht', /Deutsch/],
    ['en-US', 'Englisch verstehe ich nicht', /Deutsch/],
    ['en-US', 'angielski słabo znam', /polsku/],
  ])('%s "%s" (not mastered): the language the citizen writes', async (locale, said, language) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(said))).toMatch(language);
  });

  it('en-US "Englisch verstehe ich nicht" then a German question: answered in German', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    await c.say('Englisch verstehe ich nicht');
    expect(textOf(await c.say('wie viel muss ich zahlen'))).toMatch(/CJIB-Nummer/);
  });

  it('nl "sorry mijn nederlands is slecht": which language, with the languages to choose', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const replies = await c.say('sorry mijn nederlands is slecht');
    expect(textOf(replies)).not.toMatch(CHANGED);
    const choices = replies.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.title);
    expect(choices).toEqual(expect.arrayContaining(['English', 'Deutsch', 'Polski']));
  });

  it('en-US mixed: the question beside "ik spreek niet goed nederlands" is answered, in English', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    const reply = textOf(await c.say('hello, ik spreek niet goed nederlands, I have a aanmaning, what now?'));
    expect(reply).toMatch(/reminder/);
    expect(reply).not.toMatch(/How can I help you\?/);
  });

  it.each([
    ['en-US', 'the website is only in dutch', /Another language/],
    ['de-DE', 'ich habe ein Schreiben auf Niederländisch bekommen, was soll ich tun?', /Brief|Schreiben|CJIB/],
  ])('%s "%s": no change of language, and an answer', async (locale, said, answer) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).not.toMatch(CHANGED);
    expect(reply).not.toMatch(/something went wrong|etwas ist schiefgelaufen/i);
    expect(reply).toMatch(answer);
  });

  it('after a change of language, a clear sentence in another one moves the conversation to it', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('in English please'))).toMatch(/continue in English/);
    expect(textOf(await c.say('ik wil graag weten hoeveel ik moet betalen'))).toMatch(/CJIB-nummer/);
  });
});
