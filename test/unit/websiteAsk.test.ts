import { asksForWebsite } from '../../domain/knowledge/websiteAsk';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { specificAsk } from '../../domain/knowledge/specificAsks';

const asks = (text: string): boolean => asksForWebsite(normalizeQuestion(text));

describe("the CJIB's website and where to log in", () => {
  it.each([
    'Wat is jullie website?',
    'waar kan ik online inloggen',
    'wat is het webadres van het cjib',
    'hebben jullie een website',
    "what's your website",
    'where can I log in online?',
    'Wie lautet Ihre Webseite?',
    'wo kann ich mich online anmelden',
    'jaka jest wasza strona internetowa?',
    'gdzie mogę się zalogować online?',
  ])('"%s" asks for it', (text) => {
    expect(asks(text)).toBe(true);
    expect(specificAsk(text)).toEqual({ topicId: 'contact', leads: ['website'] });
  });

  it.each([
    'ik kan niet inloggen met digid',
    'wat is de website van de rdw',
    'op de website staat een ander bedrag',
    'ik wil mijn boete opzoeken',
    'I cannot log in',
  ])('"%s" does not', (text) => {
    expect(asks(text)).toBe(false);
  });
});
