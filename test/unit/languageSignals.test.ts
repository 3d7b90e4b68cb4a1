import { detectLanguage } from '../../domain/language/detectLanguage';
import { languageNamings, saysNationality, withoutLanguageNames } from '../../domain/language/languageNaming';
import { languageInsteadOf } from '../../domain/language/languageSwitchRequest';
import { requestedLocale } from '../../domain/language/requestedLocale';
import { unsupportedLanguageNamed } from '../../domain/language/unsupportedLanguage';

describe('a language said not to be spoken, in a conversation in that language', () => {
  it.each([
    ["Hi, sorry I don't speak Dutch. I have a boete from CJIB", 'nl', 'en'],
    ['I dont speak dutch', 'nl', 'en'],
    ['ich spreche kein Niederländisch', 'nl', 'de'],
    ['Hallo, ich spreche kein Niederländisch. Ich habe eine boete bekommen', 'nl', 'de'],
    ['nie mówię po niderlandzku', 'nl', 'pl'],
    ['nie mowie po angielsku, mam mandat', 'en', 'pl'],
    ['ik spreek geen Engels', 'en', 'nl'],
    ['sorry ik spreek geen Engels, ik heb een fine', 'en', 'nl'],
    ["I don't speak German, I got a Strafzettel", 'de', 'en'],
    ['Ich spreche kein Englisch', 'en', 'de'],
  ])('%s (on %s) → %s', (text, current, locale) => {
    expect(languageInsteadOf(text, current as 'nl')).toBe(locale);
  });

  it.each([
    ['ik spreek niet goed Nederlands', 'nl'],
    ["I don't speak Dutch", 'en'],
    ['ich spreche kein Niederländisch', 'de'],
    ['in English please', 'nl'],
  ])('%s (on %s) moves nothing here', (text, current) => {
    expect(languageInsteadOf(text, current as 'nl')).toBeUndefined();
  });
});

describe('the language of a mixed message', () => {
  it('an English sentence with a Dutch loan word and a word Polish shares is clearly English', () => {
    const detected = detectLanguage("Hi, sorry I don't speak Dutch. I have a boete from CJIB");
    expect(detected?.locale).toBe('en');
    expect(detected?.confidence).toBeGreaterThanOrEqual(0.75);
  });
});

describe('a nationality or a thing of a country is no language asked for', () => {
  it.each([
    'My letter is in Polish but I am English, can you explain it?',
    "I'm German and got a fine",
    'ik ben Pools en heb een boete',
    'ich bin auch Englisch, was nun?',
    'my Polish friend got a fine',
    'can I pay from a German bank account?',
    'jadę do Polski, czy mogę płacić z polskiego konta?',
  ])('%s', (text) => {
    expect(languageNamings(text).every((n) => n.kind === 'described')).toBe(true);
    expect(requestedLocale(text)).toBeUndefined();
  });

  it.each([
    "I have a payment arrangement already but I'm moving to Spain next month. can I keep paying from a Spanish account?",
    'my Turkish friend got a fine, can he pay from a Turkish bank account?',
    'I am French, can you help me?',
    'ik heb een Spaans kenteken, waarom krijg ik een boete?',
    'Can I pay with a French credit card?',
  ])('%s names no language not spoken here', (text) => {
    expect(unsupportedLanguageNamed(text)).toBeUndefined();
  });

  it.each([
    ['Türkçe var mı?', 'tr'],
    ['do you speak Spanish?', 'es'],
    ['Do you have information in Spanish?', 'es'],
    ['parlez-vous français ?', 'fr'],
    ["I'm on holiday, is there a Spanish version?", 'es'],
    ['is there a Turkish-speaking employee?', 'tr'],
  ])('%s still asks for %s', (text, language) => {
    expect(unsupportedLanguageNamed(text)).toBe(language);
  });
});

describe('a request with the English verb "do"', () => {
  it.each([
    ['hi, got a fine, can we do english?', 'en'],
    ['could we do this in German', 'de'],
  ])('%s → %s', (text, locale) => {
    expect(requestedLocale(text)).toBe(locale);
  });
});

describe('a nationality alone', () => {
  it.each([
    ['I am Polish', 'pl'],
    ['ik ben Pools', 'pl'],
  ])('%s may ask for %s (nothing else is said)', (text, locale) => {
    expect(languageNamings(text)).toEqual([{ locale, kind: 'mentioned' }]);
  });

  it('a nationality, not a country', () => {
    expect(saysNationality('I am Polish, I got a fine')).toBe(true);
    expect(saysNationality('czy potrzebuję DigiD, żeby zapłacić z Polski?')).toBe(false);
  });

  it('what a message says besides the names', () => {
    expect(withoutLanguageNames('I am Polish, I got a fine')).toBe('i am i got a fine');
  });
});
