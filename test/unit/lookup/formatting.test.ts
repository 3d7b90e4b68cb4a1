import { formatDate, formatMinutes, speakDate } from '../../../domain/dates';
import { formatMoney, speakMoney } from '../../../domain/money';

describe('formatMoney: amounts in cents for each locale', () => {
  it.each([
    ['nl', 123456, '€ 1.234,56'],
    ['en', 123456, '€1,234.56'],
    ['de', 123456, '1.234,56 €'],
    ['pl', 123456, '1 234,56 €'],
    ['nl', 12900, '€ 129,00'],
    ['nl', 0, '€ 0,00'],
    ['pl', 5, '0,05 €'],
  ] as const)('%s %d → %s', (locale, cents, expected) => {
    expect(formatMoney(cents, locale)).toBe(expected);
  });

  it('uses plain spaces, never no-break spaces', () => {
    expect(formatMoney(123456789, 'pl')).toBe('1 234 567,89 €');
    expect(formatMoney(100, 'nl')).not.toMatch(/[\u00a0\u202f]/);
  });

  it('refuses anything but whole cents', () => {
    expect(() => formatMoney(12.5, 'nl')).toThrow(RangeError);
    expect(() => speakMoney(Number.NaN, 'nl')).toThrow(RangeError);
  });
});

describe('speakMoney: amounts a voice reads well', () => {
  it.each([
    ['nl', 12900, '129 euro'],
    ['nl', 26250, '262 euro en 50 cent'],
    ['nl', 123456, '1234 euro en 56 cent'],
    ['en', 100, '1 euro'],
    ['en', 105, '1 euro and 5 cents'],
    ['en', 101, '1 euro and 1 cent'],
    ['de', 26250, '262 Euro und 50 Cent'],
    ['pl', 201, '2 euro i 1 cent'],
    ['pl', 203, '2 euro i 3 centy'],
    ['pl', 225, '2 euro i 25 centów'],
    ['nl', 50, '50 cent'],
  ] as const)('%s %d → %s', (locale, cents, expected) => {
    expect(speakMoney(cents, locale)).toBe(expected);
  });
});

describe('formatDate and speakDate', () => {
  it.each([
    ['nl', '15 december 2026', 'dinsdag 15 december 2026'],
    ['en', '15 December 2026', 'Tuesday, 15 December 2026'],
    ['de', '15. Dezember 2026', 'Dienstag, 15. Dezember 2026'],
    ['pl', '15 grudnia 2026', 'wtorek, 15 grudnia 2026'],
  ] as const)('%s: %s / %s', (locale, written, spoken) => {
    expect(formatDate('2026-12-15', locale)).toBe(written);
    expect(speakDate('2026-12-15', locale)).toBe(spoken);
  });

  it('is the calendar day as given, whatever the time zone of the machine', () => {
    expect(formatDate('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('15-12-2026', 'nl')).toThrow(RangeError);
    expect(() => formatDate('2026-02-30', 'nl')).toThrow(RangeError);
  });

  it('says minutes with the plural of the language', () => {
    expect(formatMinutes(15, 'nl')).toBe('15 minuten');
    expect(formatMinutes(1, 'nl')).toBe('1 minuut');
    expect(formatMinutes(15, 'pl')).toBe('15 minut');
    expect(formatMinutes(2, 'pl')).toBe('2 minuty');
  });
});
