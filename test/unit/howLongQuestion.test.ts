import { asksHowLongItTakes } from '../../domain/language/howLongQuestion';

describe('asking how long it takes', () => {
  it.each(['hoe lang duurt dat?', 'Hoelang duurt het?', 'en hoe lang duurt dat ongeveer?', 'How long does this take?', 'Wie lange dauert das?', 'Jak długo to potrwa?', 'ile to potrwa?'])(
    '%s',
    (text) => {
      expect(asksHowLongItTakes(text)).toBe(true);
    },
  );

  it.each(['hoe lang heb ik om te betalen?', 'how long do I have to pay?', 'wie lange dauert ein Einspruch?', '8911 AB'])('not %s', (text) => {
    expect(asksHowLongItTakes(text)).toBe(false);
  });
});
