/**
 * Fines of someone who died, told in a longer message the recogniser is unsure of: condolences, the
 * honest answer (a person knows) and the offer of a person, in every language, not "I am not sure
 * what you mean".
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('fines of someone who died', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'mijn man is vorige maand overleden en er staan nog boetes op zijn naam. moet ik die betalen?',
      /Gecondoleerd/,
      /medewerker/,
    ],
    [
      'en-GB',
      "My husband died last month and there are fines in his name. Do I have to pay them? I'm really stressed.",
      /sorry for your loss/i,
      /member of staff/,
    ],
    ['de-DE', 'Mein Vater ist verstorben, er hatte noch ein Bußgeld. Was nun?', /Beileid/, /Mitarbeiter/],
  ])('%s: "%s"', async (locale, said, condolence, person) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(condolence);
    expect(reply).toMatch(person);
    expect(reply).not.toMatch(/not sure what you mean|weet niet zeker wat u bedoelt/);
  });
});
