import { normalizeSpokenInput } from '../../adapters/channels/spokenInput';
import { digitsReadInPairs, readSpokenNumbers } from '../../domain/language/numberInPairs';

describe('a CJIB number read out in pairs', () => {
  it.each([
    [
      'zesennegentig achtennegentig vierennegentig zesentachtig veertien achtenvijftig nul zes achtenvijftig',
      '9698948614580658',
    ],
    [
      'sechsundneunzig achtundneunzig vierundneunzig sechsundachtzig vierzehn achtundfünfzig null sechs achtundfünfzig',
      '9698948614580658',
    ],
    [
      'ninety six ninety eight ninety four eighty six fourteen fifty eight oh six fifty eight',
      '9698948614580658',
    ],
    [
      'dziewięćdziesiąt sześć dziewięćdziesiąt osiem dziewięćdziesiąt cztery osiemdziesiąt sześć czternaście pięćdziesiąt osiem zero sześć pięćdziesiąt osiem',
      '9698948614580658',
    ],
    ['mijn nummer is 9698 vierennegentig zesentachtig 1458 nul zes achtenvijftig', '9698948614580658'],
    ['twenty ten', '2010'],
  ])('%s → %s', (text, expected) => {
    expect(digitsReadInPairs(text)).toBe(expected);
  });

  it('reads nothing when no pair is said', () => {
    expect(digitsReadInPairs('negen zes negen acht')).toBe('');
    expect(digitsReadInPairs('ik weet het niet')).toBe('');
  });
});

describe('one reader for numbers said word by word (the phone input and the lookup share it)', () => {
  it.each([
    [
      'ninety-six ninety-eight ninety-four eighty-six fourteen fifty-eight zero six fifty-eight',
      '9698948614580658',
    ],
    ['null fünf vier drei sieben neun drei null fünf acht eins dreimal fünf zwei drei', '0543793058155523'],
    [
      'null fünf vier drei sieben neun drei null fünf acht eins zweimal fünf fünf zwei drei',
      '0543793058155523',
    ],
    ['nine six nine eight nine four eight six one four five eight O six five eight', '9698948614580658'],
    ['triple three eight double oh eight', '3338008'],
    ['dwadzieścia trzy czterdzieści dwa czternaście pięćdziesiąt pięć', '23421455'],
    [
      'nought five four three seven nine three nought five eight one treble five two three',
      '0543793058155523',
    ],
    ['zes en negentig acht en negentig vier en negentig zes en tachtig veertien', '9698948614'],
    ['sechs und neunzig acht und neunzig vierzehn', '969814'],
    ['jeden sześć dwa cztery sześć osiem dziewięć sześć trzy dwa zera trzy', '162468963003'],
    ['nul zes een twee twee nullen', '061200'],
    ['neunzehn einundzwanzig dreizehn siebzehn sechzehn', '1921131716'],
    ['dwadzieścia jeden dziewiętnaście jedenaście', '211911'],
  ])('the phone hears "%s" as %s', (text, digits) => {
    expect(normalizeSpokenInput(text)).toBe(digits);
  });

  it('reads pairs, digits and typed numbers with where they are', () => {
    expect(readSpokenNumbers(['ninety', 'six', 'oh', 'eight', '1458'])).toEqual([
      { start: 0, end: 2, digits: '96', pair: true, typed: false },
      { start: 2, end: 3, digits: '0', pair: false, typed: false },
      { start: 3, end: 4, digits: '8', pair: false, typed: false },
      { start: 4, end: 5, digits: '1458', pair: false, typed: true },
    ]);
  });

  it('keeps a round ten and a digit apart across a pause', () => {
    expect(readSpokenNumbers(['ninety', 'six'], (i) => i === 0).map((n) => n.digits)).toEqual(['90', '6']);
  });

  it('reads "een", "oh" and "o" as digits only next to other digits', () => {
    expect(readSpokenNumbers(['ik', 'heb', 'een', 'boete'])).toEqual([]);
    expect(
      readSpokenNumbers(['een', 'een', 'vier'])
        .map((n) => n.digits)
        .join(''),
    ).toBe('114');
    // Polish "o" is "about": "pytam o dwa mandaty" has no zero in it.
    expect(normalizeSpokenInput('pytam o dwa mandaty')).toBe('pytam o dwa mandaty');
    expect(readSpokenNumbers(['constructor', 'twee', 'drie']).map((n) => n.digits)).toEqual(['2', '3']);
  });

  it('the lookup reads German and Polish pairs too', () => {
    expect(
      digitsReadInPairs(
        'null fünf dreiundvierzig neunundsiebzig dreißig achtundfünfzig fünfzehn fünfundfünfzig dreiundzwanzig',
      ),
    ).toBe('0543793058155523');
    expect(digitsReadInPairs('twenty-one')).toBe('21');
    expect(digitsReadInPairs('zes en negentig acht en negentig')).toBe('9698');
    // An amount said that way stays words on the phone.
    expect(normalizeSpokenInput('vijf en twintig euro')).toBe('vijf en twintig euro');
  });
});
