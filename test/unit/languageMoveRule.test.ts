import { languageSwitchAsked } from '../../domain/language/languageSwitchRequest';
import { movesLanguage } from '../../domain/language/languageMoveRule';

describe('one message in another language keeps an established language', () => {
  it('the first messages set the language', () => expect(movesLanguage(false, undefined, 'en')).toBe(true));
  it('one message in another language does not move it', () => expect(movesLanguage(true, undefined, 'en')).toBe(false));
  it('the second in a row in that language moves it', () => expect(movesLanguage(true, 'en', 'en')).toBe(true));
  it('a second in yet another language does not', () => expect(movesLanguage(true, 'de', 'en')).toBe(false));
});

describe('a little of a language is no request to continue in it', () => {
  it.each([
    'dank je wel, spreek ook een beetje nederlands',
    'I speak a little German',
    'ich spreche ein bisschen Englisch',
    'mówię trochę po niemiecku',
  ])('%s', (said) => expect(languageSwitchAsked(said)).toBeUndefined());

  it.each([
    ['kunnen we Nederlands spreken?', 'nl'],
    ['English please', 'en'],
  ])('still a request: %s', (said, locale) => expect(languageSwitchAsked(said)).toBe(locale));
});
