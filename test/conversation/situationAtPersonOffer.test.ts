/**
 * A citizen who is offered a person after the answer on not being able to pay, and then tells their
 * situation instead of yes or no ("pracuję, ale zarabiam mało"): heard, told that staff see it and what
 * they look at together, and the person offered once more; not the same answer again. A situation
 * with an answer of its own ("ik zit in de bijstand") keeps that answer.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const AGAIN =
  /That is in my answer|Dat staat in mijn antwoord|Das steht in meiner Antwort|To jest w mojej odpowiedzi/;

describe('the own situation told at the offer of a person', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'pl-PL',
      'dzien dobry, mam mandat i nie mam pieniedzy',
      'pracuje w holandii ale zarabiam malo',
      /Dziękuję, że Pan\/Pani o tym mówi/,
      /porozmawiać z pracownikiem\?/,
    ],
    [
      'nl-NL',
      'ik kan mijn boete niet betalen',
      'ik werk maar 10 uur per week en verdien heel weinig',
      /Dank u dat u dit vertelt/,
      /met een medewerker spreken\?/,
    ],
    [
      'en-GB',
      "I can't pay my fine, I have no money",
      'I only work part time and earn very little',
      /Thank you for telling me/,
      /talk to a member of staff now\?/,
    ],
    [
      'de-DE',
      'ich kann mein Bußgeld nicht bezahlen',
      'ich arbeite nur Teilzeit und verdiene sehr wenig',
      /Danke, dass Sie mir das sagen/,
      /sprechen\?/,
    ],
  ])('%s: heard, and the person offered once more', async (locale, first, situation, heard, offer) => {
    const [, reply] = await answersTo(assistant, locale, first, situation);
    expect(reply).toMatch(heard);
    expect(reply).toMatch(offer);
    expect(reply).not.toMatch(AGAIN);
  });

  it('nl: "ja" after it starts the handoff', async () => {
    const [, , yes] = await answersTo(
      assistant,
      'nl-NL',
      'ik kan mijn boete niet betalen',
      'ik werk maar 10 uur per week en verdien heel weinig',
      'ja',
    );
    expect(yes).toMatch(/medewerker/);
    expect(yes).not.toMatch(AGAIN);
  });
});
