/**
 * "Ik heb een boete gekregen" → "hoe kan ik bezwaar maken?" → "tot wanneer kan dat?": while the lookup
 * waits for the CJIB number, the follow-up leans on the appeal just answered (6 weeks to appeal), not
 * on the payment term (8 weeks); "hoe lang duurt dat?" is the appeal's handling time. The lookup's
 * question comes again after it.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const SIX_WEEKS =
  /6 weken om in beroep|6 weeks to appeal|6 Wochen Zeit für den Einspruch|Na odwołanie ma Pan\/Pani 6 tygodni/;
const EIGHT_WEEKS = /8 weken|8 weeks|8 Wochen|8 tygodni/;
const NUMBER_AGAIN = /CJIB-nummer|CJIB number|CJIB-Nummer|numer CJIB/;

describe('a deadline follow-up after the appeal answered mid-lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik heb een boete gekregen', 'hoe kan ik bezwaar maken?', 'tot wanneer kan dat?'],
    ['nl-NL', 'ik heb een boete gekregen', 'ik wil bezwaar maken', 'hoe lang heb ik daarvoor?'],
    ['en-GB', 'I got a fine', 'how can I appeal?', 'until when can I do that?'],
    ['en-GB', 'I got a fine', 'how do I object?', 'by when?'],
    ['de-DE', 'ich habe ein Bußgeld bekommen', 'wie kann ich Einspruch einlegen?', 'bis wann geht das?'],
    ['pl-PL', 'dostałem mandat', 'jak mogę się odwołać?', 'do kiedy?'],
  ])('%s: "%s" → "%s" → "%s" gets the 6 weeks to appeal', async (locale, ...messages) => {
    const answers = await answersTo(assistant, locale, ...messages);
    const last = answers[answers.length - 1];
    expect(last).toMatch(SIX_WEEKS);
    expect(last).not.toMatch(EIGHT_WEEKS);
    expect(last).toMatch(NUMBER_AGAIN);
  });

  it('"hoe lang duurt dat?" after the appeal is its handling time, not the lookup\'s', async () => {
    const answers = await answersTo(
      assistant,
      'nl-NL',
      'ik heb een boete gekregen',
      'hoe kan ik bezwaar maken?',
      'hoe lang duurt dat?',
    );
    expect(answers[answers.length - 1]).toMatch(/tot 16 weken/);
  });

  it('"tot wanneer moet ik betalen?" is still the payment term', async () => {
    const answers = await answersTo(
      assistant,
      'nl-NL',
      'ik heb een boete gekregen',
      'hoe kan ik bezwaar maken?',
      'tot wanneer moet ik betalen?',
    );
    expect(answers[answers.length - 1]).toMatch(/8 weken/);
  });

  it('a bare "tot wanneer?" without an answer before it is no appeal deadline', async () => {
    const answers = await answersTo(assistant, 'nl-NL', 'ik heb een boete gekregen', 'tot wanneer?');
    expect(answers[answers.length - 1]).not.toMatch(SIX_WEEKS);
  });
});
