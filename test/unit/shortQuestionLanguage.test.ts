import { detectLanguage } from '../../domain/language/detectLanguage';

describe('short questions are told by how they open', () => {
  it.each([
    ['Wie lange?', 'de'],
    ['wie viel kostet das?', 'de'],
    ['Was kostet das?', 'de'],
    ['Bis wann?', 'de'],
    ['Warum?', 'de'],
    ['Ile kosztuje?', 'pl'],
    ['Do kiedy?', 'pl'],
    ['jak dlugo?', 'pl'],
    ['Dlaczego?', 'pl'],
    ['how long?', 'en'],
    ['ok, how much?', 'en'],
    ['Why?', 'en'],
  ])('"%s" is %s', (text, locale) => {
    expect(detectLanguage(text)?.locale).toBe(locale);
  });

  it.each([
    'ja',
    'nee',
    'ok',
    'ja hoor',
    'wie betaalt?',
    'wie is dat',
    'Hoe lang?',
    'wat nu?',
    'kan ik betalen?',
    '1234 AB',
    '123456789012345',
  ])('"%s" is not read as another language', (text) => {
    const detected = detectLanguage(text);
    expect(detected === undefined || detected.locale === 'nl').toBe(true);
  });
});
