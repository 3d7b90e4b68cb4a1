import {
  digitsOnly,
  postcodeDigitsAlone,
  postcodeWithLetters,
  saysAbroad,
} from '../../domain/language/answerInParts';

describe('answers in parts', () => {
  it.each([
    ['9698', '9698'],
    ['9486 1458', '94861458'],
    ['negen zes negen', '969'],
    ['eh, negen vier acht zes', '9486'],
    ['ik heb 2 boetes', undefined],
    ['mijn nummer?', undefined],
  ])('digits only: %s', (text, digits) => {
    expect(digitsOnly(text)).toBe(digits);
  });

  it.each([
    ['8911', '8911'],
    ['acht negen een een', '8911'],
    ['mijn postcode is 8911', '8911'],
    ['0658', undefined],
    ['89112', undefined],
    ['8911 AB', undefined],
  ])('postcode digits alone: %s', (text, digits) => {
    expect(postcodeDigitsAlone(text)).toBe(digits);
  });

  it.each([
    ['a b', '8911 AB'],
    ['AB', '8911 AB'],
    ['A van Anton, B van Bernard', '8911 AB'],
    ['alpha bravo', '8911 AB'],
    ['ik woon in België', undefined],
    ['1234', undefined],
  ])('the letters after 8911: %s', (text, postcode) => {
    expect(postcodeWithLetters('8911', text)).toBe(postcode);
  });

  it.each([
    'I live in Belgium',
    'ik woon in het buitenland',
    'Österreich',
    'keine Buchstaben',
    'mieszkam za granicą',
  ])('abroad: %s', (text) => {
    expect(saysAbroad(text)).toBe(true);
  });

  it.each(['a b', 'AB', 'ja', 'bellen'])('not abroad: %s', (text) => {
    expect(saysAbroad(text)).toBe(false);
  });
});
