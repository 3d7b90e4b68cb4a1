import { DEFAULT_ARRANGEMENT_POLICY } from '../../../domain/arrangement/arrangementPolicy';
import type { Claim, ClaimStage } from '../../../domain/claims/claim';
import { applicableOffers, somethingPayableNow } from '../../../domain/claims/claimOffers';

function claim(stage: ClaimStage, fine: number, increase = 0): Claim {
  return {
    cjibNumber: `${Math.random()}`,
    debtorId: 'D',
    type: 'wahv',
    letterCode: 'M',
    description: { nl: 'boete', en: 'fine' },
    offenceDate: '2026-09-01',
    issueDate: '2026-11-02',
    dueDate: '2026-12-01',
    stage,
    amounts: { fine, increase, adminCosts: 900, paid: stage === 'paid' ? fine + increase + 900 : 0 },
  };
}

const situation = { today: '2026-11-22', policy: DEFAULT_ARRANGEMENT_POLICY };

describe('applicableOffers: only what applies to the fines shown', () => {
  it('an arrangement already requested for them: no instalments offered again', () => {
    expect(applicableOffers([claim('open', 12000)], { ...situation, requestOnFile: true })).not.toContain(
      'payment_arrangement',
    );
  });

  it('an open fine of EUR 129: every offer', () => {
    expect(applicableOffers([claim('open', 12000)], situation)).toEqual([
      'how_to_pay',
      'payment_arrangement',
      'objection',
      'human_agent',
    ]);
  });

  it('EUR 45 of fine (EUR 54 with costs): no instalments below the EUR 75 minimum', () => {
    expect(applicableOffers([claim('open', 4500)], situation)).toEqual([
      'how_to_pay',
      'objection',
      'human_agent',
    ]);
  });

  it('everything under appeal: nothing to pay now and the appeal runs already, so only a person', () => {
    const claims = [claim('appeal_pending', 20500)];
    expect(applicableOffers(claims, situation)).toEqual(['human_agent']);
    expect(somethingPayableNow(claims)).toBe(false);
  });

  it('one under appeal beside an open one: paying and objecting still apply to the open one', () => {
    const offers = applicableOffers([claim('appeal_pending', 20500), claim('open', 12000)], situation);
    expect(offers).toEqual(['how_to_pay', 'payment_arrangement', 'objection', 'human_agent']);
  });

  it('waiting for staff already: no person offered again', () => {
    expect(applicableOffers([claim('open', 12000)], { ...situation, waitingForStaff: true })).not.toContain(
      'human_agent',
    );
    expect(applicableOffers([claim('paid', 4500)], { ...situation, waitingForStaff: true })).toEqual([]);
  });

  it('with a bailiff on all: neither how to pay through the CJIB nor instalments', () => {
    expect(applicableOffers([claim('bailiff', 30000)], situation)).toEqual(['objection', 'human_agent']);
  });
});

describe('applicableOffers: an objection only while its 6-week term runs (DOMAIN.md §4)', () => {
  const dated = (stage: ClaimStage, issueDate: string): Claim => ({ ...claim(stage, 30000), issueDate });

  it('a bailiff fine from 2025: long past the term, no objection offered', () => {
    expect(applicableOffers([dated('bailiff', '2025-11-20')], situation)).toEqual(['human_agent']);
  });

  it('a fine in an arrangement since June (letter of March): no objection offered', () => {
    expect(applicableOffers([dated('in_arrangement', '2026-03-20')], situation)).not.toContain('objection');
  });

  it('the term counts 42 days from the letter: the last day still in time, the day after not', () => {
    expect(applicableOffers([dated('open', '2026-10-11')], situation)).toContain('objection');
    expect(applicableOffers([dated('open', '2026-10-10')], situation)).not.toContain('objection');
  });

  it('one fine still in time beside an old one: offered', () => {
    const claims = [dated('first_reminder', '2026-07-01'), dated('open', '2026-10-14')];
    expect(applicableOffers(claims, situation)).toContain('objection');
  });
});
