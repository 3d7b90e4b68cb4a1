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

describe('no letter at hand, in more words', () => {
  it.each([
    'ik heb de brief niet hier',
    'ik weet het nummer niet',
    'ik ben mijn brief kwijt',
    'ik kan de brief niet vinden',
    'die brief heb ik weggegooid',
    'ik heb geen brief gekregen',
    'I lost the letter',
    "I can't find the letter",
    'I never got a letter',
    'ich finde den Brief nicht',
    'den Brief habe ich weggeworfen',
    'ich habe keinen Brief bekommen',
    'ich habe den Brief nicht dabei',
    'zgubiłem list',
    'nie mogę znaleźć listu',
    'nie dostałem żadnego listu',
    'nie mam przy sobie pisma',
  ])('"%s"', (text) => {
    expect(hasNoNumber(text)).toBe(true);
  });

  it.each(['ik heb de brief hier', 'I found the letter', 'ich habe den Brief gefunden', 'mam list'])(
    'not "%s"',
    (text) => {
      expect(hasNoNumber(text)).toBe(false);
    },
  );
});
