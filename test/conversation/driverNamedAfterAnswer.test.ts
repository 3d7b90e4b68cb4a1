/**
 * "It was my brother" right after the answer on owner liability: the driver appeals with the owner's
 * authorisation (machtiging) and the fine stays the owner's until then; not that whole answer again.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const AGAIN =
  /That is in my answer|Dat staat in mijn antwoord|Das steht in meiner Antwort|To jest w mojej odpowiedzi/;

describe('who drove, named after the answer on owner liability', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'en-GB',
      'I got a letter saying I have to pay 250 euros but I was not driving',
      'it was my brother',
      /authorisation \(machtiging\) from you/,
    ],
    ['nl-NL', 'ik reed niet zelf, moet ik toch betalen?', 'mijn zoon reed', /machtiging van u nodig/],
    [
      'de-DE',
      'Ich bin nicht gefahren, warum soll ich zahlen?',
      'das war meine Frau',
      /Vollmacht \(machtiging\) von Ihnen/,
    ],
    ['pl-PL', 'nie prowadziłem auta, dlaczego mam płacić?', 'to był mój brat', /upoważnienia \(machtiging\)/],
  ])('%s: "%s", then "%s"', async (locale, first, driver, authorisation) => {
    const [, reply] = await answersTo(assistant, locale, first, driver);
    expect(reply).toMatch(authorisation);
    expect(reply).not.toMatch(AGAIN);
  });
});
