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
