import { hasNoNumber } from '../../domain/language/withoutNumber';

describe('no number and no letter', () => {
  it.each([
    "I don't have it",
    "I don't know the number",
    'ich weiss die Nummer nicht',
    'ich habe keinen Brief',
    'nie mam listu',
    'nie znam numeru',
    'ik heb die brief niet meer',
    'brief kwijt',
  ])('"%s"', (text) => {
    expect(hasNoNumber(text)).toBe(true);
  });

  it.each([
    '9698948614580658',
    'ik weet het niet',
    'waar staat het nummer?',
    'ik heb het nummer hier',
    'I have the letter',
  ])('not "%s"', (text) => {
    expect(hasNoNumber(text)).toBe(false);
  });
});
