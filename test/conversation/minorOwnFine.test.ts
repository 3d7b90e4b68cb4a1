/**
 * "Ik ben 17 en heb een boete, moeten mijn ouders betalen?": the minor asking about their own fine. Who
 * gets a traffic fine (DOMAIN.md §2.1), and honestly that whether parents pay is not known here, with a
 * person; in every language, not a lookup that only asks for the number.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const HONEST =
  /geen betrouwbare informatie|no reliable information|keine verlässlichen Informationen|Nie mam wiarygodnych informacji/;
const PARENTS = /uw ouders|your parents|Ihre Eltern|rodzice/;

describe('a minor asking about their own fine', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik ben 17 en heb een boete, moeten mijn ouders betalen?'],
    ['en-GB', "I'm 16 and got a fine, do my parents have to pay?"],
    ['de-DE', 'ich bin 17 und habe ein Bußgeld bekommen, müssen meine Eltern zahlen?'],
    ['pl-PL', 'mam 17 lat i dostałem mandat, czy rodzice muszą zapłacić?'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(HONEST);
    expect(answer).toMatch(PARENTS);
  });
});
