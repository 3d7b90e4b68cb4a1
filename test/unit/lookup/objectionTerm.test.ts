import { objectionDeadline, objectionStillPossible } from '../../../domain/claims/objectionTerm';

describe('the objection term: 6 weeks from the letter (DOMAIN.md §4)', () => {
  it('ends 42 days after the letter date, across months and years', () => {
    expect(objectionDeadline({ issueDate: '2026-10-11' })).toBe('2026-11-22');
    expect(objectionDeadline({ issueDate: '2025-11-20' })).toBe('2026-01-01');
  });

  it('still possible up to and on its last day; not after it, nor when an appeal runs already', () => {
    expect(objectionStillPossible({ issueDate: '2026-10-11', stage: 'open' }, '2026-11-22')).toBe(true);
    expect(objectionStillPossible({ issueDate: '2026-10-11', stage: 'open' }, '2026-11-23')).toBe(false);
    expect(objectionStillPossible({ issueDate: '2026-11-01', stage: 'appeal_pending' }, '2026-11-22')).toBe(
      false,
    );
  });
});
