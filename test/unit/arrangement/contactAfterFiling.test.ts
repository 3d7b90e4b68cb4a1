import { correctsFiledContact, isContactAlone } from '../../../domain/arrangement/contactAfterFiling';

describe('a new contact detail after filing', () => {
  it.each([
    'oh no I made a typo in my email, it should be lukas@example.de',
    'oeps, verkeerd mailadres, het moet jan@example.nl zijn',
    'mijn nummer is veranderd: 0687654321',
    'Tippfehler, richtig ist lena@example.de',
    'przepraszam, zły numer, poprawny to +48601234568',
  ])('corrects: %s', (m) => expect(correctsFiledContact(m)).toBe(true));

  it('the detail alone is a short message; a sentence without correction words is not', () => {
    expect(isContactAlone('lukas@example.de')).toBe(true);
    expect(correctsFiledContact('my colleague jan@example.nl also got a fine')).toBe(false);
    expect(isContactAlone('my colleague jan@example.nl also got a fine')).toBe(false);
  });
});
