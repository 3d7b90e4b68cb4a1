import { asksAboutCak } from '../../domain/knowledge/cakLetter';
import { asksServeInstead } from '../../domain/knowledge/enforcementIfUnpaid';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

describe('a CAK letter', () => {
  it.each([
    'ik krijg een brief van jullie over zorgverzekering premie cak',
    'wat is een boete van het CAK',
    'waarom int het cjib mijn zorgpremie',
    'letter about my health insurance premium',
    'Brief vom CJIB wegen Krankenversicherung',
    'list w sprawie składki na ubezpieczenie zdrowotne',
  ])('"%s" is about the CAK', (text) => {
    expect(asksAboutCak(text)).toBe(true);
  });

  it.each(['ik heb een verkeersboete', 'cake', 'mijn zorgverzekeraar belt'])('"%s" is not', (text) => {
    expect(asksAboutCak(text)).toBe(false);
  });
});

describe('detention instead of paying', () => {
  it.each([
    'kan ik ook gewoon zitten ipv betalen?',
    'als ik die 7 dagen ga zitten ben ik dan van de boete af?',
    'can I go to jail instead of paying',
    'Kann ich statt zu zahlen die Haft absitzen?',
    'czy mogę odsiedzieć zamiast płacić?',
  ])('"%s" asks it', (text) => {
    expect(asksServeInstead(normalizeQuestion(text))).toBe(true);
  });

  it.each(['kan ik de gevangenis in als ik niet betaal', 'mijn broer zit in gijzeling'])('"%s" does not', (text) => {
    expect(asksServeInstead(normalizeQuestion(text))).toBe(false);
  });
});
