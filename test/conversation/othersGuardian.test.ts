/**
 * "Mijn man heeft een bewindvoerder, wat moet ik met zijn boete?": the bewindvoerder is the husband's,
 * so the answer speaks of that person's bewindvoerder (give them the letter), never "your administrator".
 * "Ik heb een bewindvoerder" keeps the answer about the citizen's own.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const THEIRS =
  /persoon voor wie u dit vraagt een bewindvoerder|person you are asking for have an administrator|Person, für die Sie fragen, einen Betreuer|osoba, w której sprawie Pan\/Pani pyta, ma zarządcę/;
const YOURS = /^(Uw bewindvoerder|Your administrator|Ihr Betreuer)/;

describe("someone else's bewindvoerder", () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'mijn man heeft een bewindvoerder, wat moet ik met zijn boete?'],
    ['nl-NL', 'mijn moeder staat onder bewind, ze heeft een boete'],
    ['en-GB', 'my husband has a bewindvoerder, what do I do with his fine?'],
    ['en-GB', 'my dad is under financial administration, he got a fine'],
    ['de-DE', 'mein Mann hat einen Bewindvoerder, was mache ich mit seiner Strafe?'],
    ['de-DE', 'meine Mutter hat einen Betreuer und ein Bußgeld bekommen'],
    ['pl-PL', 'mój mąż ma bewindvoerdera, co zrobić z jego mandatem?'],
    ['pl-PL', 'moja mama ma zarządcę finansów i dostała mandat'],
  ])('%s: "%s" speaks of their bewindvoerder', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(THEIRS);
    expect(answer).not.toMatch(YOURS);
  });

  it('"ik heb een bewindvoerder" is still about the citizen\'s own', async () => {
    const [answer] = await answersTo(
      assistant,
      'nl-NL',
      'ik heb een bewindvoerder, wat moet ik doen met mijn boete?',
    );
    expect(answer).toMatch(/^Uw bewindvoerder kan namens u/);
  });

  it.each([
    ['nl-NL', 'ik ben de bewindvoerder van mijn broer, hij heeft een boete'],
    ['en-GB', "I am my brother's guardian, he got a fine he cannot pay"],
    ['en-GB', 'I am the bewindvoerder of my mother, she has a fine'],
    ['de-DE', 'ich bin der Betreuer meines Vaters, er hat ein Bußgeld'],
    ['pl-PL', 'jestem zarządcą finansów mojego brata, dostał mandat'],
  ])(
    '%s: "%s" (the citizen is the bewindvoerder) hears what they can do for their client',
    async (locale, message) => {
      const [answer] = await answersTo(assistant, locale, message);
      expect(answer).toMatch(
        /Bent u zelf de bewindvoerder|Are you the administrator \(bewindvoerder\) yourself|Sind Sie selbst der Betreuer|Czy to Pan\/Pani jest zarządcą/,
      );
      expect(answer).not.toMatch(YOURS);
    },
  );
});
