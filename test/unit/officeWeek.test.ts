import { parseOfficeSchedule } from '../../domain/officeHours';
import { weekSpans } from '../../domain/officeWeek';

const week = parseOfficeSchedule;

describe('weekSpans: the office week as days in a row with the same hours', () => {
  it('Monday to Friday', () => {
    expect(weekSpans(week('mon-fri 08:00-17:00'))).toEqual([{ first: 1, last: 5, open: [[480, 1020]] }]);
  });

  it('a Saturday with other hours is a span of its own', () => {
    expect(weekSpans(week('mon-fri 08:00-17:00; sat 10:00-14:00'))).toEqual([
      { first: 1, last: 5, open: [[480, 1020]] },
      { first: 6, last: 6, open: [[600, 840]] },
    ]);
  });

  it('a closed day breaks a span; Sunday comes last', () => {
    expect(
      weekSpans(week('mon-tue 09:00-12:00; thu-sun 09:00-12:00')).map(({ first, last }) => [first, last]),
    ).toEqual([
      [1, 2],
      [4, 0],
    ]);
  });

  it('never open: no spans', () => {
    expect(weekSpans([[], [], [], [], [], [], []])).toEqual([]);
  });
});
