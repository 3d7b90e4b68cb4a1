/**
 * Asked for the CJIB number, the citizen has no letter and no number: the ways forward without them
 * (the Digitaal Loket with DigiD, a person), and the number is not asked again; a second "no letter"
 * hears a shorter text, not the same one, and a number given after all starts the lookup.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { spokenSentences, textOf } from '../support/testApp';
import { DEMO_DEBTORS } from '../support/demoDebtors';

const ASKS_NUMBER =
  /Wat is het CJIB-nummer|heb ik het CJIB-nummer nodig|What is the CJIB number|I need the CJIB number|CJIB-Nummer\?|brauche ich die CJIB-Nummer|numer CJIB\?|potrzebuję numeru CJIB/;
const WAYS = /Digitaal Loket/;
const PERSON = /medewerker|member of staff|Mitarbeiter|pracownik/;

describe('no letter and no number at the number question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('telephony nl: the ways, then a shorter text; no loop of the number question', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('boete opzoeken');
    const first = spokenSentences(await c.say('ik weet het nummer niet')).join(' ');
    const second = spokenSentences(await c.say('ik heb de brief niet hier')).join(' ');
    expect(first).toMatch(WAYS);
    expect(first).toMatch(/DigiD/);
    expect(first).toMatch(PERSON);
    expect(first).not.toMatch(ASKS_NUMBER);
    expect(second).not.toEqual(first);
    expect(second).toMatch(PERSON);
    expect(second).not.toMatch(ASKS_NUMBER);
  });

  it('webchat nl: "ik ben mijn brief kwijt" is not told to read the number off the letter', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('boete opzoeken');
    const lost = textOf(await c.say('ik ben mijn brief kwijt'));
    expect(lost).toMatch(WAYS);
    expect(lost).not.toMatch(/rechtsboven op de brief/);
    const again = textOf(await c.say('ik heb de brief niet'));
    expect(again).not.toMatch(ASKS_NUMBER);
    expect(again).toMatch(PERSON);
    // A number after all: the lookup goes on with it.
    const number = textOf(await c.say(DEMO_DEBTORS.D01.number));
    expect(number).toMatch(/postcode/);
  });

  it.each([
    ['en-GB', 'look up my fine', 'I lost the letter', "I don't have the letter"],
    ['de-DE', 'mein Bußgeld nachsehen', 'ich finde den Brief nicht', 'ich habe keinen Brief'],
    ['pl-PL', 'sprawdzić mój mandat', 'zgubiłem list', 'nie mam listu'],
  ])('%s: the ways, then not the same text again', async (locale, start, first, second) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    const ways = textOf(await c.say(first));
    const again = textOf(await c.say(second));
    expect(ways).toMatch(WAYS);
    expect(ways).toMatch(PERSON);
    expect(ways).not.toMatch(ASKS_NUMBER);
    expect(again).not.toEqual(ways);
    expect(again).toMatch(PERSON);
    expect(again).not.toMatch(ASKS_NUMBER);
  });

  it('the arrangement flow too: its number question ends with the ways', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik wil een betalingsregeling');
    const ways = textOf(await c.say('ik heb geen brief meer'));
    expect(ways).toMatch(WAYS);
    expect(ways).not.toMatch(ASKS_NUMBER);
  });
});
