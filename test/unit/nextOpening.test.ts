import { nextOpening } from '../../domain/nextOpening';
import { parseOfficeSchedule, type OfficeHours } from '../../domain/officeHours';

const hours = (schedule: string, holidays: string[] = []): OfficeHours => ({
  week: parseOfficeSchedule(schedule),
  timeZone: 'Europe/Amsterdam',
  holidays,
});
const WEEKDAYS = hours('mon-fri 08:00-17:00');

describe('nextOpening', () => {
  it('before opening on a working day: today at 8', () => {
    // Tuesday 24 November 2026, 06:30 in Amsterdam (CET = UTC+1).
    expect(nextOpening(new Date('2026-11-24T05:30:00Z'), WEEKDAYS)).toEqual({
      daysAhead: 0,
      weekday: 2,
      minute: 480,
    });
  });

  it('after closing on a Tuesday: tomorrow at 8', () => {
    expect(nextOpening(new Date('2026-11-24T18:00:00Z'), WEEKDAYS)).toEqual({
      daysAhead: 1,
      weekday: 3,
      minute: 480,
    });
  });

  it('on Friday evening and at the weekend: Monday', () => {
    expect(nextOpening(new Date('2026-11-27T19:00:00Z'), WEEKDAYS)).toMatchObject({
      weekday: 1,
      daysAhead: 3,
    });
    expect(nextOpening(new Date('2026-11-29T10:00:00Z'), WEEKDAYS)).toMatchObject({
      weekday: 1,
      daysAhead: 1,
    });
  });

  it('skips public holidays (Christmas on Friday, Boxing Day at the weekend)', () => {
    const christmas = hours('mon-fri 08:00-17:00', ['2026-12-25']);
    // Thursday 24 December 2026, 18:00: Friday is Christmas, so Monday 28th.
    expect(nextOpening(new Date('2026-12-24T17:00:00Z'), christmas)).toMatchObject({
      weekday: 1,
      daysAhead: 4,
    });
  });

  it('uses the earliest of several openings and the office time zone in summer', () => {
    const split = hours('mon-fri 08:00-12:00; sat 10:00-14:00');
    // Friday 26 June 2026, 13:00 in Amsterdam (CEST = UTC+2): Saturday 10:00.
    expect(nextOpening(new Date('2026-06-26T11:00:00Z'), split)).toEqual({
      daysAhead: 1,
      weekday: 6,
      minute: 600,
    });
  });

  it('no opening in the schedule at all: undefined', () => {
    expect(
      nextOpening(new Date('2026-11-24T10:00:00Z'), { ...WEEKDAYS, week: [[], [], [], [], [], [], []] }),
    ).toBeUndefined();
  });
});
