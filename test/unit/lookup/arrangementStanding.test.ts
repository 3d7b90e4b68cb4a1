import { arrangementStanding, overdueCents } from '../../../domain/claims/arrangementStanding';
import type { ExistingArrangement } from '../../../domain/claims/claim';

/** Demo debtor D07: 9 months of € 39,90 from 1 June 2026, 5 paid, € 159,50 open. */
const D07: ExistingArrangement = {
  reference: 'BR-2026-000417',
  months: 9,
  monthlyAmount: 3990,
  startDate: '2026-06-01',
  instalmentsPaid: 5,
};

describe('where a running arrangement stands today', () => {
  it('on 22 November: instalment 6 (1 November) is behind, instalment 7 is due on 1 December', () => {
    const standing = arrangementStanding(D07, 15950, '2026-11-22');
    expect(standing.overdue.map((i) => [i.number, i.dueDate, i.amount])).toEqual([[6, '2026-11-01', 3990]]);
    expect(standing.upcoming).toMatchObject({
      number: 7,
      dueDate: '2026-12-01',
      amount: 3990,
      overdue: false,
    });
    expect(overdueCents(standing)).toBe(3990);
  });

  it('nothing behind before the next date; the date itself is not late yet', () => {
    expect(arrangementStanding(D07, 15950, '2026-10-20').overdue).toEqual([]);
    const onTheDay = arrangementStanding(D07, 15950, '2026-11-01');
    expect(onTheDay.overdue).toEqual([]);
    expect(onTheDay.upcoming?.number).toBe(6);
  });

  it('two months behind: both overdue, summed; the last absorbs the rounding', () => {
    const standing = arrangementStanding(D07, 15950, '2026-12-15');
    expect(standing.overdue.map((i) => i.number)).toEqual([6, 7]);
    expect(overdueCents(standing)).toBe(7980);
    const late = arrangementStanding(D07, 15950, '2027-03-15');
    expect(late.overdue.map((i) => i.amount)).toEqual([3990, 3990, 3990, 3980]);
    expect(late.upcoming).toBeUndefined();
  });

  it('all paid: nothing behind and nothing to come', () => {
    expect(arrangementStanding({ ...D07, instalmentsPaid: 9 }, 0, '2026-11-22')).toEqual({ overdue: [] });
  });
});
