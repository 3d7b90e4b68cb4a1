import { DEFAULT_ARRANGEMENT_POLICY, termMonths } from '../../../domain/arrangement/arrangementPolicy';
import { assessArrangement, brokeRecently } from '../../../domain/arrangement/assessArrangement';
import { addMonths, calendarDateIn, firstOfMonthAfter } from '../../../domain/arrangement/calendarDate';
import type { Claim, ClaimStage } from '../../../domain/claims/claim';

const TODAY = '2026-11-22';
let seq = 0;

function claim(
  fine: number,
  options: { increase?: number; adminCosts?: number; paid?: number; stage?: ClaimStage } = {},
): Claim {
  seq += 1;
  return {
    cjibNumber: String(1000000000000000 + seq),
    debtorId: 'D99',
    type: 'wahv',
    letterCode: 'M',
    description: { nl: 'test', en: 'test' },
    offenceDate: '2026-10-01',
    issueDate: '2026-10-15',
    dueDate: '2026-12-10',
    stage: options.stage ?? 'open',
    amounts: {
      fine,
      increase: options.increase ?? 0,
      adminCosts: options.adminCosts ?? 0,
      paid: options.paid ?? 0,
    },
  };
}

describe('the default policy is DOMAIN.md §1', () => {
  it('has the documented values', () => {
    expect(DEFAULT_ARRANGEMENT_POLICY).toMatchObject({
      minimumCents: 7500,
      tableIncludesAdminCosts: true,
      brokenArrangementLookBackMonths: 6,
      firstInstalmentMonthsAhead: 2,
      excludedStages: ['appeal_pending', 'bailiff', 'paid', 'in_arrangement'],
    });
  });

  // Lower bound inclusive, upper bound exclusive, on the total outstanding.
  it.each([
    [7500, 3],
    [11999, 3],
    [12000, 6],
    [29999, 6],
    [30000, 9],
    [44999, 9],
    [45000, 12],
    [124999, 12],
    [125000, 18],
    [199999, 18],
    [200000, 24],
    [299999, 24],
    [300000, 30],
    [399999, 30],
    [400000, 36],
    [2500000, 36],
  ])('€ %i cents → %i months', (total, months) => {
    expect(termMonths(total)).toBe(months);
    const assessment = assessArrangement({ claims: [claim(total)], today: TODAY });
    expect(assessment.decision).toMatchObject({ eligible: true, months });
  });
});

describe('the EUR 75 minimum counts fines plus increases, never administration costs', () => {
  it('refuses 74.99 and accepts 75.00', () => {
    expect(assessArrangement({ claims: [claim(7499)], today: TODAY }).decision).toEqual({
      eligible: false,
      reason: 'below_minimum',
    });
    expect(assessArrangement({ claims: [claim(7500)], today: TODAY }).decision).toMatchObject({
      eligible: true,
      months: 3,
    });
  });

  it('refuses 74.99 of fine even when administration costs lift the total above 75', () => {
    const assessment = assessArrangement({ claims: [claim(7499, { adminCosts: 900 })], today: TODAY });
    expect(assessment.totalCents).toBe(8399);
    expect(assessment.minimumBaseCents).toBe(7499);
    expect(assessment.decision).toEqual({ eligible: false, reason: 'below_minimum' });
  });

  it('counts increases and adds several claims together', () => {
    expect(
      assessArrangement({ claims: [claim(5000, { increase: 2500 })], today: TODAY }).decision.eligible,
    ).toBe(true);
    expect(assessArrangement({ claims: [claim(4000), claim(3500)], today: TODAY }).decision.eligible).toBe(
      true,
    );
  });

  it('counts only what is still open of fine and increase', () => {
    const partlyPaid = claim(10000, { adminCosts: 900, paid: 3000 });
    const assessment = assessArrangement({ claims: [partlyPaid], today: TODAY });
    expect(assessment.totalCents).toBe(7900);
    expect(assessment.minimumBaseCents).toBe(7900);
  });

  it('applies the table to the total with administration costs (D01: 120 + 9 → 6 months)', () => {
    const assessment = assessArrangement({ claims: [claim(11500, { adminCosts: 900 })], today: TODAY });
    expect(assessment.totalCents).toBe(12400);
    expect(assessment.decision).toMatchObject({ eligible: true, months: 6 });
  });

  it('applies the table without administration costs when the policy says so', () => {
    const policy = { ...DEFAULT_ARRANGEMENT_POLICY, tableIncludesAdminCosts: false };
    const assessment = assessArrangement(
      { claims: [claim(11500, { adminCosts: 900 })], today: TODAY },
      policy,
    );
    expect(assessment.decision).toMatchObject({ eligible: true, months: 3 });
  });
});

describe('stages that are left out, each with its reason', () => {
  it.each(['appeal_pending', 'bailiff', 'paid', 'in_arrangement'] as const)('%s is excluded', (stage) => {
    const left = claim(20000, { stage });
    const open = claim(20000);
    const assessment = assessArrangement({ claims: [left, open], today: TODAY });
    expect(assessment.excluded).toEqual([{ claim: left, reason: stage }]);
    expect(assessment.included).toEqual([open]);
    expect(assessment.totalCents).toBe(20000);
  });

  it('a claim with nothing left to pay counts as paid, whatever its stage', () => {
    const settled = claim(5000, { adminCosts: 900, paid: 5900 });
    expect(assessArrangement({ claims: [settled, claim(9000)], today: TODAY }).excluded).toEqual([
      { claim: settled, reason: 'paid' },
    ]);
  });

  it('reminder and bank-debit stages stay in', () => {
    const claims = [
      claim(9000, { stage: 'first_reminder' }),
      claim(9000, { stage: 'second_reminder' }),
      claim(9000, { stage: 'bank_debit' }),
    ];
    expect(assessArrangement({ claims, today: TODAY }).included).toHaveLength(3);
  });

  it('nothing left to arrange is a refusal of its own', () => {
    const assessment = assessArrangement({ claims: [claim(90000, { stage: 'bailiff' })], today: TODAY });
    expect(assessment.decision).toEqual({ eligible: false, reason: 'no_eligible_claims' });
  });

  it('an operator may exclude another stage; it gets the generic reason', () => {
    const policy = {
      ...DEFAULT_ARRANGEMENT_POLICY,
      excludedStages: [...DEFAULT_ARRANGEMENT_POLICY.excludedStages, 'bank_debit' as const],
    };
    const debit = claim(9000, { stage: 'bank_debit' });
    expect(assessArrangement({ claims: [debit], today: TODAY }, policy).excluded).toEqual([
      { claim: debit, reason: 'excluded_stage' },
    ]);
  });

  it('lists a running arrangement once, with all its claims', () => {
    const arrangement = {
      reference: 'BR-2026-000417',
      months: 9,
      monthlyAmount: 3990,
      startDate: '2026-06-01',
      instalmentsPaid: 5,
    };
    const a = { ...claim(35000, { stage: 'in_arrangement' }), arrangement };
    const b = { ...claim(5000, { stage: 'in_arrangement' }), arrangement };
    expect(assessArrangement({ claims: [a, b], today: TODAY }).existing).toEqual([
      { ...arrangement, cjibNumbers: [a.cjibNumber, b.cjibNumber] },
    ]);
  });
});

describe('a broken arrangement in the last 6 months refuses a standard arrangement', () => {
  it.each([
    ['2026-05-21', false],
    ['2026-05-22', true],
    ['2026-08-15', true],
    ['2026-11-22', true],
  ])('broken on %s, today %s → refused: %s', (brokenOn, refused) => {
    expect(brokeRecently(brokenOn, TODAY)).toBe(refused);
    const decision = assessArrangement({
      claims: [claim(20000)],
      brokenArrangementOn: brokenOn,
      today: TODAY,
    }).decision;
    expect(decision.eligible).toBe(!refused);
    if (refused) expect(decision).toEqual({ eligible: false, reason: 'broken_arrangement' });
  });

  it('never broken → not refused; the look-back is a setting', () => {
    expect(brokeRecently(undefined, TODAY)).toBe(false);
    expect(
      brokeRecently('2026-01-10', TODAY, {
        ...DEFAULT_ARRANGEMENT_POLICY,
        brokenArrangementLookBackMonths: 12,
      }),
    ).toBe(true);
  });

  it('end-of-month look-back clamps (31 Aug − 6 months = 28 Feb)', () => {
    expect(brokeRecently('2026-02-28', '2026-08-31')).toBe(true);
    expect(brokeRecently('2026-02-27', '2026-08-31')).toBe(false);
  });
});

describe('first due date and calendar', () => {
  it('is the first day of the month after next, across the year end', () => {
    expect(firstOfMonthAfter('2026-11-22', 2)).toBe('2027-01-01');
    expect(firstOfMonthAfter('2026-12-31', 2)).toBe('2027-02-01');
    expect(firstOfMonthAfter('2026-01-01', 2)).toBe('2026-03-01');
    const decision = assessArrangement({ claims: [claim(12900)], today: TODAY }).decision;
    expect(decision.eligible && decision.schedule.firstDueDate).toBe('2027-01-01');
  });

  it('is configurable', () => {
    const policy = { ...DEFAULT_ARRANGEMENT_POLICY, firstInstalmentMonthsAhead: 1 };
    const decision = assessArrangement({ claims: [claim(12900)], today: TODAY }, policy).decision;
    expect(decision.eligible && decision.schedule.firstDueDate).toBe('2026-12-01');
  });

  it('takes today in Amsterdam, not in UTC', () => {
    expect(calendarDateIn(new Date('2026-11-30T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-12-01');
    expect(calendarDateIn(new Date('2026-11-30T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-11-30');
  });

  it('adds and subtracts months, clamping the day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -6)).toBe('2025-09-15');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
});
