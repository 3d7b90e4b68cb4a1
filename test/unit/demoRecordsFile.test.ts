import { rmSync } from 'node:fs';
import { loadDemoFixtures } from '../../adapters/collection/demoFixtures';
import { loadConfig } from '../../bot/config';
import { createLookupPorts } from '../../bot/lookupSetup';
import { passesCheckDigit } from '../../domain/cjibNumber';
import { extractPostcode } from '../../domain/language/postcodeEntity';
import { systemClock } from '../../domain/ports/clock';
import { silentLogger } from '../../domain/ports/logger';
import { benchDebtors, writeBenchRecords } from '../../scripts/benchRecords';

describe('DEMO_RECORDS_FILE: the demo back office on other synthetic records', () => {
  let file: string;
  beforeAll(() => {
    file = writeBenchRecords(50, '2026-11-25');
  });
  afterAll(() => rmSync(file, { force: true }));

  it("serves the file's records, not the shipped ones", async () => {
    const config = loadConfig({ STORAGE: 'memory', DEMO_RECORDS_FILE: file });
    expect(config.demoRecordsFile).toBe(file);
    const { collection } = await createLookupPorts({ config, clock: systemClock, logger: silentLogger });
    const [debtor] = benchDebtors(1);
    const claim = await collection.findClaim(debtor.cjib);
    expect(claim?.stage).toBe('open');
    // A number of the shipped demo records is not among them.
    expect(await collection.findClaim('9698948614580658')).toBeUndefined();
  });

  it('stops start-up when the file is missing', async () => {
    const config = loadConfig({ STORAGE: 'memory', DEMO_RECORDS_FILE: `${file}.missing` });
    await expect(createLookupPorts({ config, clock: systemClock, logger: silentLogger })).rejects.toThrow();
  });
});

describe("the bench's synthetic debtors", () => {
  const debtors = benchDebtors(5000);

  it('each have their own CJIB number, which passes the check digit', () => {
    expect(new Set(debtors.map((d) => d.cjib)).size).toBe(debtors.length);
    expect(debtors.every((d) => d.cjib.length === 16 && passesCheckDigit(d.cjib))).toBe(true);
  });

  it('each have a postcode the assistant reads as one', () => {
    for (const d of debtors.slice(0, 300)) expect(extractPostcode(d.postcode)).toBeDefined();
  });

  it('pass the checks the demo back office makes of its records', () => {
    const file = writeBenchRecords(20, '2026-11-25');
    try {
      const fixtures = loadDemoFixtures(file);
      expect(fixtures.debtors).toHaveLength(20);
      expect(fixtures.claims.map((c) => c.cjibNumber)).toEqual(benchDebtors(20).map((d) => d.cjib));
    } finally {
      rmSync(file, { force: true });
    }
  });
});
