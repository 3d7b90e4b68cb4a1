import { isBareYes } from '../../../domain/arrangement/contactAnswer';

describe('isBareYes: a yes and nothing more (a contact agreed to, not yet given)', () => {
  it.each([
    'ja',
    'Ja.',
    'jawel',
    'ja hoor',
    'dat is goed',
    'yes',
    'sure',
    'yes please',
    'ja bitte',
    'klar',
    'tak',
    'no dobrze',
    'ja gerne',
    'Ja, gerne.',
    'tak poproszę',
    'yes of course',
  ])('"%s" is a bare yes', (answer) => expect(isBareYes(answer)).toBe(true));

  it.each([
    'ja, 0612345678',
    'yes, my email is jan@example.com',
    'ja maar waarom?',
    'tak, ale nie mam e-maila',
    'nee',
    'ja geen e-mail',
    'yes, no email though',
  ])('"%s" says more than yes', (answer) => expect(isBareYes(answer)).toBe(false));
});
