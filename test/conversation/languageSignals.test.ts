/**
 * What a message says about language, heard as the citizen means it: "I don't speak Dutch" on a Dutch
 * conversation is answered in the language it is written in at once; a nationality or a thing of a
 * country ("a Spanish account", "I am English") asks for no language, and the question is answered;
 * the rest of a message that asks for a language gets a next step in it; "help with my fine" openers
 * get the main choices.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const NOT_SURE = /not sure what you mean|niet zeker wat u bedoelt|nicht sicher|Nie jestem pewien/i;
const WHICH_LANGUAGE = /Which language would you like|In welke taal|In welcher Sprache|W jakim języku/;

describe('language signals in a message', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('nl-NL "Hi, sorry I don\'t speak Dutch. I have a boete from CJIB": English at once, and a next step', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say("Hi, sorry I don't speak Dutch. I have a boete from CJIB"));
    expect(reply).toMatch(/CJIB number|fine/);
    expect(reply).not.toMatch(/\b(uw|heeft|boetes?)\b/);
    // The next message stays English.
    expect(textOf(await c.say('how much do I have to pay?'))).toMatch(/CJIB number/);
  });

  it.each([
    ['nl-NL', 'ich spreche kein Niederländisch', /Deutsch/],
    ['nl-NL', 'nie mówię po niderlandzku', /polsku/],
    ['en-US', 'ik spreek geen Engels', /Nederlands/],
    ['de-DE', "I don't speak German, I got a Strafzettel, what should I do?", /CJIB number/],
    ['nl-NL', 'Sorry I dont speak dutch, how do I pay my fine?', /transfer|pay/],
    ['nl-NL', 'Ich verstehe kein Niederländisch, ich habe einen Brief vom CJIB', /CJIB-Nummer/],
    ['nl-NL', 'nie rozumiem po holendersku, dostałem list od CJIB', /numer(u)? CJIB/],
  ])('%s "%s": answered in the language it is written in', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(NOT_SURE);
  });

  it('en-US a Spanish account: the question is answered, no language offered', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    const reply = textOf(
      await c.say(
        "I have a payment arrangement already but I'm moving to Spain next month. can I keep paying from a Spanish account?",
      ),
    );
    expect(reply).not.toMatch(/not available|Choose a language/);
    expect(reply).toMatch(/IBAN|abroad/);
  });

  it('nl-NL "I am Polish" alone: Polish is offered by going on in it', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('I am Polish'))).toMatch(/po polsku/);
  });

  it.each([
    ['nl-NL', 'I am Polish, I got a fine', /CJIB number/],
    ['en-US', 'ik ben Duits en heb een boete gekregen', /CJIB-nummer/],
  ])('%s "%s": a nationality with a question, the question answered', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(NOT_SURE);
  });

  it('en-US "My letter is in Polish but I am English, can you explain it?": help with the letter, in English', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    const reply = textOf(await c.say('My letter is in Polish but I am English, can you explain it?'));
    expect(reply).not.toMatch(WHICH_LANGUAGE);
    expect(reply).toMatch(/explain what the letter means/);
  });

  it.each([
    [
      'en-US',
      'Dzien dobry, dostalem mandat, czy mozna po polsku?',
      /Kontynuuję po polsku/,
      /Sprawdź mój mandat|numeru CJIB/,
    ],
    [
      'en-US',
      'Hallo, ich habe einen Strafzettel bekommen, geht das auf Deutsch?',
      /auf Deutsch fort/,
      /CJIB-Nummer|nachsehen/,
    ],
    ['nl-NL', 'hi, got a fine, can we do english?', /continue in English/, /CJIB number|Look up my fine/],
    ['nl-NL', 'hello I got a ticket, english please', /continue in English/, /Look up my fine/],
  ])('%s "%s": the language, then a next step for the fine in it', async (locale, said, changed, next) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(changed);
    expect(reply).toMatch(next);
    expect(reply).not.toMatch(NOT_SURE);
  });

  it.each([
    ['webchat', 'en-US', 'I need help with my fine please', /I can help you with/, /Look up my fine/],
    ['sms', 'nl-NL', 'I need help with my fine please', /I can help you with/, /Look up my fine/],
    ['webchat', 'nl-NL', 'ik heb hulp nodig met mijn boete', /Ik kan u helpen met/, /Mijn boete opzoeken/],
    ['webchat', 'de-DE', 'brauche Hilfe mit meinem Bußgeld', /Ich kann Ihnen helfen/, /Bußgeld nachsehen/],
    ['webchat', 'pl-PL', 'potrzebuję pomocy z mandatem', /Mogę pomóc/, /Sprawdź mój mandat/],
  ])(
    '%s %s "%s": the main choices in the citizen\'s language',
    async (channelId, locale, said, help, choice) => {
      const c = await assistant.open({ channelId, locale });
      const reply = textOf(await c.say(said));
      expect(reply).toMatch(help);
      expect(reply).toMatch(choice);
    },
  );

  it('sms en-US "lookup": the lookup starts', async () => {
    const c = await assistant.open({ channelId: 'sms', locale: 'en-US' });
    expect(textOf(await c.say('lookup'))).toMatch(/CJIB number/);
  });
});
