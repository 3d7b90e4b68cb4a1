/**
 * "Ik wil mijn boete zien", "show me my fine", "Bußgeld anzeigen", "chcę zobaczyć mój mandat" (not the
 * photo), a fine named in one word ("mandat", "ticket", "bekeuring"), and "what is this letter about?"
 * with the letter at hand: the citizen wants their own fine, so the lookup starts (the CJIB number
 * asked), in their language.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const NUMBER_ASKED =
  /CJIB-nummer nodig|need the CJIB number|brauche ich die CJIB-Nummer|potrzebuję numeru CJIB/;

describe("wordings of wanting to see one's own fine", () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik wil mijn boete zien'],
    ['nl-NL', 'kan ik mijn boetes zien?'],
    ['en-GB', 'show me my fine'],
    ['en-GB', 'what is this letter about?'],
    ['de-DE', 'ich will mein Bußgeld sehen'],
    ['de-DE', 'worum geht es in diesem Brief?'],
    ['pl-PL', 'chcę zobaczyć mój mandat'],
    ['pl-PL', 'czego dotyczy to pismo?'],
    ['pl-PL', 'mandat'],
    ['en-GB', 'ticket'],
    ['nl-NL', 'bekeuring'],
  ])('%s "%s": the lookup starts', async (locale, said) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(said))).toMatch(NUMBER_ASKED);
  });

  it('nl-NL "I don\'t speak Dutch, I got a letter", then "what is this letter about?": the lookup, in English', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say("I don't speak Dutch, I got a letter from the CJIB");
    expect(textOf(await c.say('what is this letter about?'))).toMatch(/need the CJIB number/);
  });
});
