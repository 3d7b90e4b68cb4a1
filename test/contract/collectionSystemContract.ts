import { randomUUID } from 'node:crypto';
import { openAmount } from '../../domain/claims/claim';
import { NotFoundError } from '../../domain/errors';
import type { ArrangementSubmission, CollectionSystem } from '../../domain/ports/collectionSystem';
import { loadDemoFixtures } from '../../adapters/collection/demoFixtures';

const fixtures = loadDemoFixtures();

export const D01_NUMBER = '9698948614580658';
export const D02_NUMBERS = ['3338082450532785', '5111395563629976'];
export const D08_NUMBER = '2166002043392129';

export function submission(overrides: Partial<ArrangementSubmission> = {}): ArrangementSubmission {
  return {
    idempotencyKey: `arr-${randomUUID()}`,
    reference: `BR-2026-${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    debtorId: 'D02',
    cjibNumbers: [...D02_NUMBERS],
    months: 12,
    totalAmount: 64050,
    monthlyAmount: 5338,
    firstDueDate: '2027-01-01',
    contact: { email: 'f.elamrani@example.org' },
    language: 'nl',
    ...overrides,
  };
}

/**
 * The CollectionSystem contract: every adapter (in-memory demo, embedded demo on MongoDB, HTTP
 * against the demo back office) answers the same on the demo fixtures.
 */
export function collectionSystemContract(
  name: string,
  start: () => Promise<{ system: CollectionSystem; stop(): Promise<void> }>,
): void {
  describe(`${name} (CollectionSystem contract)`, () => {
    let system: CollectionSystem;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      ({ system, stop } = await start());
    });
    afterAll(async () => stop());

    it('finds every claim of the fixtures, unchanged', async () => {
      for (const expected of fixtures.claims) {
        expect(await system.findClaim(expected.cjibNumber)).toEqual(expected);
      }
    });

    it('D01: an open claim of € 129,00 due 15 December 2026', async () => {
      const claim = await system.findClaim(D01_NUMBER);
      expect(claim).toMatchObject({ debtorId: 'D01', stage: 'open', dueDate: '2026-12-15', letterCode: 'M' });
      expect(openAmount(claim!)).toBe(12900);
    });

    it('answers undefined for an unknown or malformed CJIB number', async () => {
      expect(await system.findClaim('1234567890123456')).toBeUndefined();
      expect(await system.findClaim('../debtors/D01')).toBeUndefined();
      expect(await system.findClaim('')).toBeUndefined();
    });

    it('finds debtors with the postcode on file, and no unknown ones', async () => {
      expect(await system.findDebtor('D01')).toMatchObject({ id: 'D01', postcode: '8911 AB' });
      expect(await system.findDebtor('D12')).toMatchObject({ postcode: '61-001', country: 'PL' });
      expect(await system.findDebtor('D99')).toBeUndefined();
    });

    it('lists open claims, earliest due date first, and never paid ones', async () => {
      const d02 = await system.listOpenClaims('D02');
      expect(d02.map((c) => c.cjibNumber)).toEqual(D02_NUMBERS);
      expect(d02.reduce((sum, c) => sum + openAmount(c), 0)).toBe(26250 + 28900);
      expect(await system.listOpenClaims('D08')).toEqual([]);
      const d07 = await system.listOpenClaims('D07');
      expect(d07.map((c) => c.stage)).toEqual(['in_arrangement']);
    });

    it('raises NotFoundError for the open claims or arrangement status of an unknown debtor', async () => {
      await expect(system.listOpenClaims('D99')).rejects.toBeInstanceOf(NotFoundError);
      await expect(system.getArrangementStatus('D99')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('gives the running arrangements and a broken one', async () => {
      expect(await system.getArrangementStatus('D07')).toEqual({
        active: [
          {
            reference: 'BR-2026-000417',
            months: 9,
            monthlyAmount: 3990,
            startDate: '2026-06-01',
            instalmentsPaid: 5,
            cjibNumbers: ['1859501187398067'],
          },
        ],
      });
      expect(await system.getArrangementStatus('D06')).toEqual({
        active: [],
        brokenArrangementOn: '2026-08-15',
      });
      expect(await system.getArrangementStatus('D01')).toEqual({ active: [] });
    });

    it('files a request under the given reference and reports its status', async () => {
      const request = submission();
      const receipt = await system.submitArrangement(request);
      expect(receipt).toEqual({ reference: request.reference, status: 'received' });
      expect(await system.getRequestStatus(request.reference)).toEqual(receipt);
      expect(await system.getRequestStatus('BR-2026-00000000')).toBeUndefined();
    });

    it('files one request per idempotency key, also when submitted twice at once', async () => {
      const request = submission();
      const [a, b] = await Promise.all([
        system.submitArrangement(request),
        system.submitArrangement(request),
      ]);
      const again = await system.submitArrangement({ ...request, reference: 'BR-2026-99999999' });
      expect(a).toEqual(b);
      expect(again).toEqual(a);
      expect(await system.getRequestStatus('BR-2026-99999999')).toBeUndefined();
    });

    it('refuses a request for an unknown debtor or for a claim of someone else', async () => {
      await expect(system.submitArrangement(submission({ debtorId: 'D99' }))).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(
        system.submitArrangement(submission({ cjibNumbers: [D01_NUMBER] })),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
