import { takesWelcomeOffer } from '../../domain/handoff/welcomeOffer';

describe('takesWelcomeOffer', () => {
  it.each([
    'ja',
    'Ja graag',
    'yes please',
    'Gerne',
    'tak, poproszę',
    'ja graag met een medewerker',
    'ja, met iemand',
  ])('"%s" takes it', (text) => {
    expect(takesWelcomeOffer(text)).toBe(true);
  });
  it.each(['ok', 'top, dank je', '👍', 'prima', 'nee', ''])('"%s" does not', (text) => {
    expect(takesWelcomeOffer(text)).toBe(false);
  });
  it.each([
    'ja goedemiddag',
    'Ja hallo, met Piet',
    'ja goedemorgen met mevrouw de Vries',
    'yeah hi',
    'yes hello',
    'ja guten Tag',
    'tak, dzień dobry',
  ])('"%s" is a greeting with a yes in front, not the offer taken', (text) => {
    expect(takesWelcomeOffer(text)).toBe(false);
  });
});
