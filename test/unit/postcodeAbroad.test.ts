import { asksPostcodeFromAbroad } from '../../domain/language/postcodeAbroad';

describe('asksPostcodeFromAbroad: a citizen abroad asks which postcode is meant', () => {
  it.each([
    'ich wohne in Deutschland, welche Postleitzahl?',
    'Ich lebe in Deutschland, welche PLZ soll ich angeben?',
    'I live in Belgium, which postcode?',
    'I live abroad, what postcode do I give?',
    'mieszkam w Polsce, jaki kod pocztowy?',
    'mieszkam za granicą, jaki kod mam podać?',
    'ik woon in België, welke postcode?',
    'ik woon in Duitsland, welke postcode moet ik geven?',
  ])('"%s"', (text) => {
    expect(asksPostcodeFromAbroad(text)).toBe(true);
  });

  it.each([
    'which postcode?',
    'welke postcode?',
    'ich wohne in Deutschland, 47533 Kleve',
    'I live in Belgium',
    'mieszkam w Polsce, mój kod to 61-001',
    'wat is mijn postcode ook alweer',
  ])('not "%s"', (text) => {
    expect(asksPostcodeFromAbroad(text)).toBe(false);
  });
});
