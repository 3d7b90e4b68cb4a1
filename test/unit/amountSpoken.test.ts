import { extractAmountCents } from '../../domain/language/amountEntity';
import { parseNumberWords } from '../../domain/language/numberWords';

describe('amounts said in words', () => {
  it.each([
    ['vijftig euro per maand', 5000],
    ['twintig euro vijftig', 2050],
    ['twintig euro vijftig per maand', 2050],
    ['zwanzig Euro fünfzig im Monat', 2050],
    ['twenty euros fifty', 2050],
    ['dwadzieścia euro pięćdziesiąt', 2050],
    ['hundert Euro', 10000],
    ['fifty euros a month', 5000],
    ['I can only do fifty quid a month', 5000],
    ['maybe 40 bucks', 4000],
    ['czterysta pięćdziesiąt euro', 45000],
    ['dwa tysiące euro', 200000],
    ['sechzehn Euro', 1600],
    // A number after the euros that counts months is no cents.
    ['honderd euro twaalf maanden', 10000],
    ['honderd euro in twaalf maanden', 10000],
  ])('"%s" → %d cents', (text, cents) => {
    expect(extractAmountCents(text)).toBe(cents);
  });

  it('knows the German teens and Polish hundreds', () => {
    expect(parseNumberWords('siebzehn')).toBe(17);
    expect(parseNumberWords('sześćset')).toBe(600);
    expect(parseNumberWords('dziewięćset dziewięćdziesiąt dziewięć')).toBe(999);
  });
});

describe('another amount said alone after one named with "euro"', () => {
  it.each([
    ['en bij 2500?', 250000],
    ['en bij tweeduizend vijfhonderd?', 250000],
    ['and for two thousand five hundred?', 250000],
    ['und bei zweitausendfünfhundert?', 250000],
    ['a przy 2500?', 250000],
    ['en als het 300 is?', 30000],
    ['En voor 1.250?', 125000],
  ])('"%s" → %d cents', (text, cents) => {
    expect(extractAmountCents(text)).toBe(cents);
  });

  it.each(['en bij de bank?', 'and for me?', 'en bij 3 boetes?', 'en voor mijn moeder?', '2500', 'en bij twee?'])(
    '"%s" names no amount',
    (text) => {
      expect(extractAmountCents(text)).toBeUndefined();
    },
  );
});
