import { asksForReference } from '../../domain/language/referenceQuestion';

describe('asking for the reference of one’s request', () => {
  it.each([
    'wat is mijn referentienummer ook alweer?',
    'welk referentienummer had ik',
    "what's my reference number again?",
    'can you give me the reference number',
    'Wie war mein Aktenzeichen?',
    'nochmal das Aktenzeichen bitte',
    'jaki jest mój numer referencyjny?',
  ])('%s', (text) => {
    expect(asksForReference(text)).toBe(true);
  });

  it.each(['ik wil een betalingsregeling', 'what is a CJIB number?', 'BR-2026-12345678'])(
    'not %s',
    (text) => {
      expect(asksForReference(text)).toBe(false);
    },
  );
});
