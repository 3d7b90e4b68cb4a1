import { digitsReadInPairs } from '../../domain/language/numberInPairs';

describe('a CJIB number read out in pairs', () => {
  it.each([
    ['zesennegentig achtennegentig vierennegentig zesentachtig veertien achtenvijftig nul zes achtenvijftig', '9698948614580658'],
    ['sechsundneunzig achtundneunzig vierundneunzig sechsundachtzig vierzehn achtundfünfzig null sechs achtundfünfzig', '9698948614580658'],
    ['ninety six ninety eight ninety four eighty six fourteen fifty eight oh six fifty eight', '9698948614580658'],
    ['dziewięćdziesiąt sześć dziewięćdziesiąt osiem dziewięćdziesiąt cztery osiemdziesiąt sześć czternaście pięćdziesiąt osiem zero sześć pięćdziesiąt osiem', '9698948614580658'],
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
