/**
 * "Mag het CJIB de boete van mijn huurtoeslag afhalen?" in any of the four languages reaches the steps
 * after the reminders, with the honest note that allowances (toeslagen) are not known here — never
 * "Sorry, I cannot help you with that" nor the answer for a bailiff already involved.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const NOT_SURE =
  /kan ik niet met zekerheid zeggen|cannot tell you for certain|kann ich nicht sicher sagen|Nie mogę powiedzieć na pewno/;
const STEPS = /verdere stappen|further steps|weitere Schritte|dalsze kroki/;
const ALREADY =
  /Is er al een deurwaarder ingeschakeld, of|Is a bailiff already involved, or|Ist schon ein Gerichtsvollzieher eingeschaltet, oder|Czy sprawą zajmuje się już komornik, czy/;

describe('a fine taken from an allowance (toeslag)', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'mag het CJIB de boete van mijn huurtoeslag afhalen?'],
    ['nl-NL', 'kan de boete van mijn zorgtoeslag worden ingehouden?'],
    ['en-GB', 'can the CJIB take the fine from my housing allowance?'],
    ['en-GB', 'will you take it out of my rent benefit'],
    ['de-DE', 'kann das CJIB das von meinem Wohngeld abziehen?'],
    ['de-DE', 'darf das cjib meinen mietzuschuss pfänden'],
    ['pl-PL', 'czy CJIB może zabrać z dodatku mieszkaniowego?'],
    ['pl-PL', 'czy mogą potrącić grzywnę z zasiłku mieszkaniowego?'],
  ])('%s: "%s" gets the honest note and the steps', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(NOT_SURE);
    expect(answer).toMatch(STEPS);
    expect(answer).not.toMatch(ALREADY);
  });
});
