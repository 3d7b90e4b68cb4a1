/**
 * After the answer on fines of someone who died (kindness, honest: no reliable information, a person
 * offered), a question leaning on it ("moeten wij dat betalen?") gets that honest answer and the person
 * again, in every language, not "not sure what you mean"; a yes then takes the person.
 */
import { answersTo, FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';

const HONEST =
  /niet met zekerheid zeggen|cannot tell you for certain|nicht sicher sagen|nie mogę powiedzieć na pewno/i;
const PERSON = /medewerker|member of staff|Mitarbeiter|pracownikiem/;
const NOT_SURE =
  /niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|nie jestem pewien/;

describe('a question after the answer on fines of someone who died', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it.each([
    ['nl-NL', 'mijn moeder is overleden en had nog een boete', 'moeten wij dat betalen?'],
    ['en-GB', 'my father died and he still had fines', 'do we have to pay them?'],
    ['de-DE', 'mein Vater ist gestorben und hatte noch Bußgelder', 'müssen wir das bezahlen?'],
    ['pl-PL', 'mój ojciec zmarł i miał niezapłacone mandaty', 'czy musimy to zapłacić?'],
  ])('%s: "%s", then "%s"', async (locale, first, next) => {
    const [, answer] = await answersTo(assistant, locale, first, next);
    expect(answer).toMatch(HONEST);
    expect(answer).toMatch(PERSON);
    expect(answer).not.toMatch(NOT_SURE);
  });

  it('a yes after it takes the person', async () => {
    const [, , queued] = await answersTo(
      assistant,
      'nl-NL',
      'mijn moeder is overleden en had nog een boete',
      'wat gebeurt er nu met die boetes?',
      'ja',
    );
    expect(queued).toMatch(/wachtrij/);
  });
});
