import { calendarDateIn } from '../../domain/arrangement/calendarDate';

describe('calendarDateIn within one second and across midnight', () => {
  it('changes date at the last millisecond before midnight and the first after, also when asked in turn', () => {
    const zone = 'Europe/Amsterdam';
    expect(calendarDateIn(new Date('2026-11-22T22:59:59.000Z'), zone)).toBe('2026-11-22');
    expect(calendarDateIn(new Date('2026-11-22T22:59:59.999Z'), zone)).toBe('2026-11-22');
    expect(calendarDateIn(new Date('2026-11-22T23:00:00.000Z'), zone)).toBe('2026-11-23');
    expect(calendarDateIn(new Date('2026-11-22T23:00:00.500Z'), zone)).toBe('2026-11-23');
    expect(calendarDateIn(new Date('2026-11-22T22:59:59.999Z'), zone)).toBe('2026-11-22');
  });

  it('keeps time zones apart within the same second', () => {
    const instant = new Date('2026-03-29T23:30:00.000Z');
    expect(calendarDateIn(instant, 'Europe/Amsterdam')).toBe('2026-03-30');
    expect(calendarDateIn(instant, 'America/New_York')).toBe('2026-03-29');
    expect(calendarDateIn(instant, 'Europe/Amsterdam')).toBe('2026-03-30');
  });

  it('still refuses an invalid date', () => {
    expect(() => calendarDateIn(new Date(Number.NaN), 'Europe/Amsterdam')).toThrow();
  });
});
