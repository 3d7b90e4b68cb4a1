import { takesWelcomeOffer } from '../../domain/handoff/welcomeOffer';

describe('takesWelcomeOffer', () => {
  it.each(['ja', 'Ja graag', 'yes please', 'Gerne', 'tak, poproszę'])('"%s" takes it', (text) => {
    expect(takesWelcomeOffer(text)).toBe(true);
  });
  it.each(['ok', 'top, dank je', '👍', 'prima', 'nee', ''])('"%s" does not', (text) => {
    expect(takesWelcomeOffer(text)).toBe(false);
  });
});
