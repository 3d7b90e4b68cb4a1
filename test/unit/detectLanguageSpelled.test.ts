import { detectLanguage } from '../../domain/language/detectLanguage';

// The letters of a postcode after its digits ("8911 a be": English "a" and "be" by the word list) are
// no words of any language: a spoken postcode says nothing about the caller's language.
describe('detectLanguage ignores the letters spelled after a number', () => {
  it.each([
    '8911 a be',
    '8911 a b',
    '8811 a be',
    '9698948614580658 8911 a be',
    '1234 ka el',
    '1071 dee jee',
    '89 11 a be',
    '8911 alpha bravo',
  ])('%s', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it('still reads the words of a sentence around a number', () => {
    expect(detectLanguage('my postcode is 8911 a b and I want to pay')?.locale).toBe('en');
    expect(detectLanguage('mijn postcode is 8911 a b en ik wil betalen')?.locale).toBe('nl');
    expect(detectLanguage('I have a fine and I want to pay it')?.locale).toBe('en');
  });
});
