import { namedPartOfDay, partInsteadOfNumber, partOfDayAnswer } from '../../domain/handoff/partOfDay';

describe('when a citizen wants to be called back', () => {
  it.each([
    ['morgenochtend graag', 'morning'],
    ["'s middags", 'afternoon'],
    ['na de lunch', 'afternoon'],
    ['tomorrow morning', 'morning'],
    ['after lunch please', 'afternoon'],
    ['morgen früh', 'morning'],
    ['am Nachmittag', 'afternoon'],
    ['jutro rano', 'morning'],
    ['po południu', 'afternoon'],
    ['po poludniu', 'afternoon'],
    ['om 10 uur', 'morning'],
    ['rond 14 uur', 'afternoon'],
    ['morgen na 3 uur', 'afternoon'],
    ['om 2 uur', 'afternoon'],
    ['half 4', 'afternoon'],
    ['after 3pm', 'afternoon'],
    ['10am please', 'morning'],
    ['um 3 Uhr', 'afternoon'],
    ['o 4', 'afternoon'],
  ])('"%s" names the %s', (said, part) => {
    expect(namedPartOfDay(said)).toBe(part);
  });

  it.each(['maakt niet uit', 'any time', 'ist mir egal', 'obojętnie'])(
    '"%s" is any time: the morning',
    (said) => {
      expect(namedPartOfDay(said)).toBeUndefined();
      expect(partOfDayAnswer(said)).toBe('morning');
    },
  );

  it.each(['vanavond', 'in the evening', 'ja graag'])('"%s" names no part we call in', (said) => {
    expect(partOfDayAnswer(said)).toBeUndefined();
  });

  it('where the number is asked, a time is kept but digits of a number are not read as an hour', () => {
    expect(partInsteadOfNumber('liefst in de middag')).toBe('afternoon');
    expect(partInsteadOfNumber('na 10 uur')).toBe('morning');
    expect(partInsteadOfNumber('06 1234 9')).toBeUndefined();
    expect(partInsteadOfNumber('12')).toBeUndefined();
    expect(partInsteadOfNumber('0612345678')).toBeUndefined();
  });
});
