import {
  ARRANGEMENT_REFERENCE,
  arrangementIdempotencyKey,
  newArrangementReference,
} from '../../../domain/arrangement/requestIdentity';

const identity = {
  debtorId: 'D01',
  cjibNumbers: ['2', '1'],
  totalCents: 12900,
  months: 6,
  firstDueDate: '2027-01-01',
};

describe('request identity', () => {
  it('the same request always has the same key, whatever the claim order', () => {
    expect(arrangementIdempotencyKey(identity)).toBe(
      arrangementIdempotencyKey({ ...identity, cjibNumbers: ['1', '2'] }),
    );
    expect(arrangementIdempotencyKey(identity)).toMatch(/^arr-[0-9a-f]{40}$/);
  });

  it.each([
    ['debtorId', 'D02'],
    ['cjibNumbers', ['1']],
    ['totalCents', 12901],
    ['months', 3],
    ['firstDueDate', '2027-02-01'],
  ])('a different %s is a different request', (field, value) => {
    expect(arrangementIdempotencyKey({ ...identity, [field]: value })).not.toBe(
      arrangementIdempotencyKey(identity),
    );
  });

  it('references are the year and 8 digits', () => {
    expect(newArrangementReference(2026, () => 42)).toBe('BR-2026-00000042');
    expect(newArrangementReference(2027)).toMatch(ARRANGEMENT_REFERENCE);
  });
});
