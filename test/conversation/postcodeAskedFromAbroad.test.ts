/**
 * "Ich wohne in Deutschland, welche Postleitzahl?" at the lookup's postcode question: briefly, the
 * postcode of the address the letter was sent to as written on it, a foreign one too; the question
 * again (not the whole answer about living abroad), and the number given still stands.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const ON_LETTER =
  /zoals die op de brief staat|as it is written on the letter|so wie sie auf dem Schreiben steht|tak jak jest zapisany w piśmie/;
const FOREIGN = /47533/;
const DUTCH_EXAMPLE = /3511 AB|1234 AB/;
const LIVING_ABROAD_ANSWER = /Woont u buiten Nederland|Do you live outside|Wohnen Sie außerhalb|mieszka Pan\/Pani poza/;
const POSTCODE_AGAIN = /Wat is die postcode|What is that postcode|Wie lautet diese Postleitzahl|Jaki to kod pocztowy/;

describe('a citizen abroad asks which postcode, at the postcode question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['de-DE', 'Bußgeld nachsehen', '0543793058155523', 'ich wohne in Deutschland, welche Postleitzahl?', '47533', /4\.359,00 €/],
    ['de-DE', 'Bußgeld nachsehen', '0543793058155523', 'Ich lebe in Deutschland, welche PLZ soll ich angeben?', '47533', /4\.359,00 €/],
    ['en-GB', 'look up my fine', '9698948614580658', 'I live in Belgium, which postcode?', '8911 AB', /€129\.00/],
    ['en-GB', 'look up my fine', '9698948614580658', 'I live abroad, what postcode do I give?', '8911 AB', /€129\.00/],
    ['pl-PL', 'sprawdzić mandat', '1624689630323359', 'mieszkam w Polsce, jaki kod pocztowy?', '61-001', /167,00 €/],
    ['nl-NL', 'boete opzoeken', '9698948614580658', 'ik woon in België, welke postcode?', '8911 AB', /€ 129,00/],
  ])('%s: "%s" … "%s"', async (locale, start, number, question, postcode, fine) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say(number);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(ON_LETTER);
    expect(reply).toMatch(FOREIGN);
    expect(reply).toMatch(POSTCODE_AGAIN);
    expect(reply).not.toMatch(DUTCH_EXAMPLE);
    expect(reply).not.toMatch(LIVING_ABROAD_ANSWER);
    expect(textOf(await c.say(postcode))).toMatch(fine);
  });
});
