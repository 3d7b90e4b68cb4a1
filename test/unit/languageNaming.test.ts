import { asksAboutLetterLanguage, switchRequestOf } from '../../domain/language/languageNaming';
import { requestedLocale } from '../../domain/language/requestedLocale';

describe('a language asked for', () => {
  it.each([
    ['in English please', 'en'],
    ['English', 'en'],
    ['English?', 'en'],
    ['können wir Deutsch sprechen?', 'de'],
    ['po polsku proszę', 'pl'],
    ['sorry, can we continue in English? my German is not good', 'en'],
    ['can you write in english please, my polish is bad', 'en'],
    ['ok english then. why is my fine so high?', 'en'],
    ['auf Deutsch bitte, wie kann ich bezahlen?', 'de'],
    ['kunnen we Nederlands praten?', 'nl'],
    ['do you speak English?', 'en'],
    ['spreekt u Engels?', 'en'],
    ['sprechen Sie Deutsch?', 'de'],
    ['czy mówi pan po polsku?', 'pl'],
    ['Nederlands graag', 'nl'],
    ['nu weer Nederlands graag', 'nl'],
    ['can we speak English instead of Dutch', 'en'],
    ['I would prefer English', 'en'],
  ])('%s → %s', (text, locale) => {
    expect(requestedLocale(text)).toBe(locale);
  });
});

describe('a language named without asking for it', () => {
  it.each([
    'I got a letter in Dutch',
    'ich verstehe den Brief nicht, er ist auf niederländisch',
    'der Brief ist auf Niederländisch',
    'dostalem list po niderlandzku',
    'my letter is in Dutch, can you explain it',
    'translate the letter to english please',
    'ik heb een Duitse boete',
    'I have a German fine',
    'sorry mijn nederlands is slecht',
    'I got a letter in Dutch but I live in Germany',
  ])('%s asks for no language', (text) => {
    expect(switchRequestOf(text)).toBeUndefined();
  });

  it.each([
    ['mein Englisch ist schlecht', 'de'],
    ['Englisch verstehe ich nicht', 'de'],
    ['angielski słabo znam', 'pl'],
    ['my German is not good', 'en'],
    ['I do not understand Dutch', 'en'],
    ['hello, ik spreek niet goed nederlands, I have a aanmaning, what now?', 'en'],
  ])('%s (not mastered) → the language it is written in, %s', (text, locale) => {
    expect(requestedLocale(text)).toBe(locale);
  });

  it.each(['sorry mijn nederlands is slecht', 'I got a letter in Dutch', 'the letter is in Dutch'])(
    '%s asks for no language at all',
    (text) => {
      expect(requestedLocale(text)).toBeUndefined();
    },
  );

  it.each([
    'my letter is in Dutch, can you explain it',
    'translate the letter to english please',
    'der Brief ist auf Niederländisch',
    'dostalem list po niderlandzku',
    'I got a letter in Dutch',
  ])('%s is about the letter', (text) => {
    expect(asksAboutLetterLanguage(text)).toBe(true);
  });
});

describe('a language asked for with a modal question', () => {
  it.each([
    ['kunnen we in het Engels verder?', 'en'],
    ['could we do this in German', 'de'],
    ['czy możemy po polsku?', 'pl'],
    ['können wir auf Englisch weitermachen?', 'en'],
  ])('%s → %s', (text, locale) => {
    expect(requestedLocale(text)).toBe(locale);
  });
});

describe('requests the evaluation sets hold', () => {
  it.each([
    ['Graag in het Nederlands', 'nl'],
    ['Bitte auf Englisch', 'en'],
    ['kan het ook in het Engels', 'en'],
    ['zou je in het engels kunnen antwoorden, mijn nederlands is niet zo goed', 'en'],
    ['gaat het ook in het duits, mijn nederlands is niet zo goed', 'de'],
    ['engelstalig graag', 'en'],
    ['pls english i dont understand this', 'en'],
    ['ich verstehe kein holländisch, bitte deutsch', 'de'],
    ['ik spreek niet goed nederlands kan in engels', 'en'],
    [
      "i got a letter in dutch from cjib which i don't fully understand. is there any chance you could help me in english?",
      'en',
    ],
  ])('%s → %s', (text, locale) => {
    expect(requestedLocale(text)).toBe(locale);
  });

  it.each(['how do i renew my dutch driving licence', 'How can I pay it from my German bank?'])(
    '%s asks for none',
    (text) => {
      expect(requestedLocale(text)).toBeUndefined();
    },
  );
});

describe('a thing in a language', () => {
  it.each([
    'ich habe ein Schreiben auf Niederländisch bekommen, was soll ich tun?',
    'the website is only in dutch',
    'the form is all in Dutch',
  ])('%s asks for no language', (text) => {
    expect(requestedLocale(text)).toBeUndefined();
  });

  it('"bitte schreiben Sie auf Deutsch" still asks for German', () => {
    expect(requestedLocale('bitte schreiben Sie auf Deutsch')).toBe('de');
  });
});

describe('more ways to ask', () => {
  it.each([
    ['kann ich auf Deutsch weiterschreiben?', 'de'],
    ['zet het gesprek in het Engels', 'en'],
    ['is het mogelijk in het Engels?', 'en'],
  ])('%s → %s', (text, locale) => {
    expect(requestedLocale(text)).toBe(locale);
  });

  it("what's the Dutch word for fine? asks for no language", () => {
    expect(requestedLocale("what's the Dutch word for fine?")).toBeUndefined();
  });
});

describe('a country or a fine, not a language', () => {
  it.each([
    'im in spain atm, how do i pay the dutch speeding ticket? i dont have digid',
    'czy potrzebuję DigiD, żeby zapłacić z Polski?',
  ])('%s asks for no language', (text) => {
    expect(requestedLocale(text)).toBeUndefined();
  });
});
