import { nextInstalment } from '../../../domain/claims/nextInstalment';
import type { ExistingArrangement } from '../../../domain/claims/claim';

/** Demo debtor D07: 9 months of € 39,90 from 1 June 2026, 5 paid, € 159,50 open. */
const D07: ExistingArrangement = {
  reference: 'BR-2026-000417',
  months: 9,
  monthlyAmount: 3990,
  startDate: '2026-06-01',
  instalmentsPaid: 5,
};

describe('the next instalment of a running arrangement', () => {
  it('is the one after those paid, that many months after the first, for the monthly amount', () => {
    expect(nextInstalment(D07, 15950, '2026-10-15')).toEqual({
      number: 6,
      months: 9,
      dueDate: '2026-11-01',
      amount: 3990,
      last: false,
      overdue: false,
    });
  });

  it('is overdue once its date has passed and the record does not show it paid', () => {
    expect(nextInstalment(D07, 15950, '2026-11-22')?.overdue).toBe(true);
    expect(nextInstalment(D07, 15950, '2026-11-01')?.overdue).toBe(false);
  });

  it('the last one is what is still open (it absorbs the rounding)', () => {
    const next = nextInstalment({ ...D07, instalmentsPaid: 8 }, 3980, '2026-12-01');
    expect(next).toMatchObject({ number: 9, dueDate: '2027-02-01', amount: 3980, last: true });
  });

  it('never asks more than is still open', () => {
    expect(nextInstalment(D07, 1000, '2026-10-15')?.amount).toBe(1000);
  });

  it('keeps to the month: the 31st falls on the last day of a shorter month', () => {
    const next = nextInstalment({ ...D07, startDate: '2026-01-31', instalmentsPaid: 1 }, 20000, '2026-02-01');
    expect(next?.dueDate).toBe('2026-02-28');
  });

  it('is none when every instalment is paid or nothing is open', () => {
    expect(nextInstalment({ ...D07, instalmentsPaid: 9 }, 0, '2026-11-22')).toBeUndefined();
    expect(nextInstalment(D07, 0, '2026-11-22')).toBeUndefined();
  });
});
