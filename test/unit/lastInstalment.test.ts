import { lastInstalment } from '../../domain/claims/lastInstalment';

const D07 = {
  reference: 'BR-2026-000417',
  months: 9,
  monthlyAmount: 3990,
  startDate: '2026-06-01',
  instalmentsPaid: 5,
};

describe('lastInstalment of a running arrangement', () => {
  it('D07: € 359,00 in 9 of € 39,90 ends with € 39,80 on 1 February 2027', () => {
    expect(lastInstalment(D07, 15950)).toEqual({ amountCents: 3980, dueDate: '2027-02-01' });
  });

  it('none when every instalment is the monthly amount, or nothing is left', () => {
    expect(lastInstalment(D07, 4 * 3990)).toBeUndefined();
    expect(lastInstalment({ ...D07, instalmentsPaid: 9 }, 0)).toBeUndefined();
  });
});
