import { instalmentSchedule } from '../../../domain/arrangement/instalmentSchedule';

describe('instalment schedule in cents', () => {
  it('D01: € 129,00 over 6 months is 6 × € 21,50', () => {
    const schedule = instalmentSchedule(12900, 6, '2027-01-01');
    expect(schedule).toMatchObject({ monthlyCents: 2150, lastCents: 2150, months: 6 });
    expect(schedule.instalments.map((i) => i.dueDate)).toEqual([
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-05-01',
      '2027-06-01',
    ]);
  });

  it('equal amounts; the last absorbs the rounding; the sum is exactly the total', () => {
    for (const [total, months] of [
      [55150, 12],
      [142000, 18],
      [435900, 36],
      [16700, 6],
      [7501, 3],
      [399999, 30],
    ]) {
      const schedule = instalmentSchedule(total, months, '2027-01-01');
      const amounts = schedule.instalments.map((i) => i.amountCents);
      expect(amounts).toHaveLength(months);
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(new Set(amounts.slice(0, -1))).toEqual(new Set([schedule.monthlyCents]));
      expect(schedule.lastCents - schedule.monthlyCents).toBeGreaterThanOrEqual(0);
      expect(schedule.lastCents - schedule.monthlyCents).toBeLessThan(months);
    }
  });

  it('D02: € 551,50 over 12 months is 11 × € 45,95 and a last of € 46,05', () => {
    expect(instalmentSchedule(55150, 12, '2027-01-01')).toMatchObject({
      monthlyCents: 4595,
      lastCents: 4605,
    });
  });

  it('refuses nonsense', () => {
    expect(() => instalmentSchedule(0, 3, '2027-01-01')).toThrow(RangeError);
    expect(() => instalmentSchedule(100.5, 3, '2027-01-01')).toThrow(RangeError);
    expect(() => instalmentSchedule(10000, 0, '2027-01-01')).toThrow(RangeError);
  });
});
