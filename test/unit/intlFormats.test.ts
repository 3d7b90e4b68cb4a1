import { listFormat, numberFormat, pluralRules } from '../../domain/language/intlFormats';

describe('intlFormats: made once per locale and style', () => {
  it('gives the same object for the same locale, another for another locale', () => {
    expect(pluralRules('pl')).toBe(pluralRules('pl'));
    expect(pluralRules('pl')).not.toBe(pluralRules('nl'));
    expect(listFormat('nl', 'conjunction')).not.toBe(listFormat('nl', 'disjunction'));
  });

  it('works as the Intl object it stands for', () => {
    expect(pluralRules('pl').select(3)).toBe('few');
    expect(listFormat('nl', 'conjunction').format(['a', 'b', 'c'])).toBe('a, b en c');
    expect(listFormat('en', 'disjunction').format(['1', '2'])).toBe('1 or 2');
    expect(numberFormat('nl', 'whole', { maximumFractionDigits: 0 }).format(1250.4)).toBe('1.250');
  });
});
