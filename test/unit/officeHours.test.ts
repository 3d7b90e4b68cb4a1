import {
  isValidTimeZone,
  isWithinOfficeHours,
  parseOfficeSchedule,
  type OfficeHours,
} from '../../domain/officeHours';
import { DUTCH_PUBLIC_HOLIDAYS_2026_2027 } from '../../domain/officeHoursHolidays';

const hours: OfficeHours = {
  week: parseOfficeSchedule('mon-fri 08:00-17:00; sat 10:00-12:30'),
  timeZone: 'Europe/Amsterdam',
  holidays: [...DUTCH_PUBLIC_HOLIDAYS_2026_2027],
};

describe('office hours', () => {
  it.each([
    ['2026-11-23T07:00:00Z', true], // Monday 08:00 in Amsterdam (CET)
    ['2026-11-23T06:59:00Z', false],
    ['2026-11-23T15:59:00Z', true], // 16:59
    ['2026-11-23T16:00:00Z', false], // 17:00
    ['2026-06-01T06:30:00Z', true], // summer time: 08:30 CEST
    ['2026-06-01T05:30:00Z', false], // 07:30 CEST
    ['2026-11-28T09:00:00Z', true], // Saturday 10:00
    ['2026-11-28T11:30:00Z', false], // Saturday 12:30
    ['2026-11-29T10:00:00Z', false], // Sunday
    ['2026-12-25T10:00:00Z', false], // Christmas, a Friday
    ['2026-04-27T10:00:00Z', false], // King's Day, a Monday
  ])('%s open: %s', (iso, open) => {
    expect(isWithinOfficeHours(new Date(iso), hours)).toBe(open);
  });

  it('parses ranges that wrap the week and refuses bad rules', () => {
    expect(parseOfficeSchedule('sat-mon 09:00-10:00').map((d) => d.length)).toEqual([1, 1, 0, 0, 0, 0, 1]);
    for (const bad of ['monday 08:00-17:00', 'mon-fri 17:00-08:00', 'mon-fri 8-17', 'xyz-fri 08:00-17:00']) {
      expect(() => parseOfficeSchedule(bad)).toThrow(/office hours/);
    }
  });

  it('knows valid time zones', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
