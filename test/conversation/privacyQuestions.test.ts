/**
 * Questions about the citizen's data: one privacy answer (rights, and that the law sets how long data
 * is kept), never the payment term beside it for "how long do you keep it"; "is this chat recorded?"
 * is a privacy question too.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const PRIVACY = /personal data|persoonsgegevens|personenbezogenen Daten|dane osobowe/;
const PAYMENT_TERM = /8 weeks|8 weken|8 Wochen|8 tygodni/;

describe('privacy questions', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'welke gegevens hebben jullie van mij en hoe lang bewaren jullie die'],
    ['en-GB', 'what personal data do you have on me and how long do you keep it'],
    ['de-DE', 'welche Daten haben Sie über mich und wie lange speichern Sie sie?'],
    ['pl-PL', 'jakie dane o mnie macie i jak długo je przechowujecie?'],
  ])('%s: "%s" gets the privacy answer alone', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(PRIVACY);
    expect(answer).not.toMatch(PAYMENT_TERM);
  });

  it.each([
    ['en-GB', 'is this chat recorded?'],
    ['en-GB', 'are you recording this conversation'],
    ['nl-NL', 'wordt dit gesprek opgenomen?'],
    ['de-DE', 'wird dieses Gespräch aufgezeichnet?'],
    ['pl-PL', 'czy ta rozmowa jest nagrywana?'],
  ])('%s: "%s" is a privacy question', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(PRIVACY);
  });
});
