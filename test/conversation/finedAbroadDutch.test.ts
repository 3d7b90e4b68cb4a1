/**
 * "Ik heb een boete in het buitenland gekregen": said in Dutch, abroad is outside the Netherlands, so the
 * fine is another country's (DOMAIN.md "Foreign / cross-border": a European fine, paid to that country
 * unless passed to the CJIB), not a Dutch fine for someone living abroad.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const EUROPEAN = /ander EU-land/;
const LIVING_ABROAD = /Woont u buiten Nederland en heeft u een Nederlandse verkeersboete/;

describe('a fine received abroad, said in Dutch', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    'ik heb een verkeersboete in het buitenland gekregen',
    'ik heb een buitenlandse boete gekregen',
    'boete gekregen buiten nederland, wat nu',
  ])('"%s" is another country\'s fine', async (message) => {
    const [answer] = await answersTo(assistant, 'nl-NL', message);
    expect(answer).toMatch(EUROPEAN);
    expect(answer).not.toMatch(LIVING_ABROAD);
  });

  it('"in het buitenland geflitst, moet ik dat aan het cjib betalen?": to that country, unless passed on', async () => {
    const [answer] = await answersTo(
      assistant,
      'nl-NL',
      'ik ben in het buitenland geflitst, moet ik dat aan het cjib betalen?',
    );
    expect(answer).toMatch(/aan dat land, niet aan het CJIB/);
  });

  it('"ik woon in het buitenland en heb een boete gekregen" stays the Dutch fine for someone abroad', async () => {
    const [answer] = await answersTo(
      assistant,
      'nl-NL',
      'ik woon in het buitenland en heb een boete gekregen',
    );
    expect(answer).toMatch(LIVING_ABROAD);
  });
});
