import { ConfigError, loadConfig } from '../../bot/config';

describe('handoff settings', () => {
  it('defaults to weekdays 08:00-17:00 in Amsterdam with the Dutch public holidays', () => {
    const config = loadConfig({});
    expect(config.officeHours.timeZone).toBe('Europe/Amsterdam');
    expect(config.officeHours.week[1]).toEqual([[480, 1020]]);
    expect(config.officeHours.week[0]).toEqual([]);
    expect(config.officeHours.holidays).toContain('2026-12-25');
    expect(config.handoffPollMs).toBe(1000);
    expect(config.consoleSessionMinutes).toBe(480);
  });

  it('reads office hours, time zone and holidays', () => {
    const config = loadConfig({
      OFFICE_HOURS: 'mon-sat 09:00-12:00',
      OFFICE_TIMEZONE: 'Europe/Warsaw',
      PUBLIC_HOLIDAYS: '2026-01-01, 2026-12-24',
    });
    expect(config.officeHours).toEqual({
      week: [[], [[540, 720]], [[540, 720]], [[540, 720]], [[540, 720]], [[540, 720]], [[540, 720]]],
      timeZone: 'Europe/Warsaw',
      holidays: ['2026-01-01', '2026-12-24'],
    });
  });

  it('lists every bad handoff setting at once', () => {
    try {
      loadConfig({
        OFFICE_HOURS: 'weekdays 9-5',
        OFFICE_TIMEZONE: 'Mars/Base',
        PUBLIC_HOLIDAYS: '25-12-2026',
        HANDOFF_POLL_MS: '5',
      });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/OFFICE_HOURS/);
      expect(problems).toMatch(/OFFICE_TIMEZONE/);
      expect(problems).toMatch(/PUBLIC_HOLIDAYS/);
      expect(problems).toMatch(/HANDOFF_POLL_MS/);
    }
  });
});

describe('HANDOFF_ROUTE', () => {
  it('is console by default, external on request, and nothing else', () => {
    expect(loadConfig({}).handoffRoute).toBe('console');
    expect(loadConfig({ HANDOFF_ROUTE: 'external' }).handoffRoute).toBe('external');
    expect(() => loadConfig({ HANDOFF_ROUTE: 'phone' })).toThrow(/HANDOFF_ROUTE/);
  });
});
