import { asksHowLongItTakes, asksWhenDecided } from '../../domain/language/howLongQuestion';

describe('asking how long it takes', () => {
  it.each([
    'hoe lang duurt dat?',
    'Hoelang duurt het?',
    'en hoe lang duurt dat ongeveer?',
    'How long does this take?',
    'Wie lange dauert das?',
    'Jak długo to potrwa?',
    'ile to potrwa?',
  ])('%s', (text) => {
    expect(asksHowLongItTakes(text)).toBe(true);
  });

  it.each([
    'hoe lang heb ik om te betalen?',
    'how long do I have to pay?',
    'wie lange dauert ein Einspruch?',
    '8911 AB',
  ])('not %s', (text) => {
    expect(asksHowLongItTakes(text)).toBe(false);
  });
});

describe('asking when a request is decided', () => {
  it.each([
    'how long will the decision take?',
    'hoe lang duurt het besluit?',
    'wanneer krijg ik de uitslag?',
    'Wann bekomme ich den Bescheid?',
    'kiedy będzie decyzja?',
    'hoe lang duurt dat?',
  ])('%s', (text) => {
    expect(asksWhenDecided(text)).toBe(true);
  });

  it.each([
    'how long do I have to pay?',
    'wanneer moet ik betalen?',
    'ich bin mit der Entscheidung nicht einverstanden',
  ])('not %s', (text) => {
    expect(asksWhenDecided(text)).toBe(false);
  });
});
