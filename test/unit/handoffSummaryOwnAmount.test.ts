import { buildHandoffSummary } from '../../domain/handoff/handoffSummary';

describe('the handoff summary carries the monthly amount the citizen can pay', () => {
  const base = { locale: 'nl', channelId: 'webchat', reason: 'personal_arrangement' as const, recent: [] };

  it('when named: in cents, for staff to start from', () => {
    expect(buildHandoffSummary({ ...base, ownMonthlyCents: 2000 }).ownMonthlyCents).toBe(2000);
  });

  it('when not named: no such field at all', () => {
    expect(buildHandoffSummary(base)).not.toHaveProperty('ownMonthlyCents');
  });
});
