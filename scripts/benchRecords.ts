/**
 * Synthetic back-office records for `npm run bench` (given to the assistant as DEMO_RECORDS_FILE):
 * a debtor per lookup or arrangement journey, so every arrangement journey is a new request that
 * runs to its reference, not "you have already asked for this arrangement" after the first.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDigit } from '../domain/cjibNumber';

export interface BenchDebtor {
  cjib: string;
  postcode: string;
}

/** A 16-digit CJIB number passing the check digit, its digits spread from the debtor's index. */
function cjibNumberOf(index: number): string {
  const spread = (BigInt(index) * 6364136223846793005n + 1442695040888963407n) % 10n ** 15n;
  const payload = spread.toString().padStart(15, '0');
  return `${checkDigit(payload)}${payload}`;
}

/** A Dutch postcode (four digits, first not 0; two letters, never SA, SD or SS). */
function postcodeOf(index: number): string {
  const letters = 'ABCEGHJKLMNPRTVWXZ';
  const first = letters[index % letters.length];
  const second = letters[Math.floor(index / letters.length) % letters.length];
  return `${1000 + (index % 9000)} ${first}${second}`;
}

export function benchDebtors(count: number): BenchDebtor[] {
  return Array.from({ length: count }, (_, i) => ({ cjib: cjibNumberOf(i), postcode: postcodeOf(i) }));
}

/**
 * Writes the records of `count` debtors, each with one open traffic fine of €100–€1,500 (enough for
 * an arrangement), and returns the file's path.
 */
export function writeBenchRecords(count: number, referenceDate: string): string {
  const debtors = benchDebtors(count);
  const description = {
    nl: 'Snelheidsovertreding op de autosnelweg',
    en: 'Speeding on the motorway',
    de: 'Geschwindigkeitsüberschreitung auf der Autobahn',
    pl: 'Przekroczenie prędkości na autostradzie',
  };
  const records = {
    about: 'Synthetic records for npm run bench. Amounts in euro cents. Not real people.',
    referenceDate,
    debtors: debtors.map((d, i) => ({
      id: `B${i}`,
      name: `Burger ${i}`,
      postcode: d.postcode,
      houseNumber: String(1 + (i % 200)),
      dateOfBirth: '1980-01-01',
      language: 'nl',
    })),
    claims: debtors.map((d, i) => ({
      cjibNumber: d.cjib,
      debtorId: `B${i}`,
      type: 'wahv',
      letterCode: 'M',
      description,
      licencePlate: 'GZ-123-K',
      offenceDate: '2026-09-20',
      issueDate: '2026-10-06',
      dueDate: '2026-12-15',
      stage: 'open',
      amounts: { fine: 10000 + (i % 15) * 10000, increase: 0, adminCosts: 900, paid: 0 },
    })),
  };
  const file = path.join(os.tmpdir(), `cjib-bench-records-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(records));
  return file;
}
