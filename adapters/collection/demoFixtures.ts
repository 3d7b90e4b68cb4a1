import fs from 'node:fs';
import path from 'node:path';
import type { Claim, Debtor } from '../../domain/claims/claim';
import { asClaim, asDebtor } from './recordShapes';

/** The demo back office's records (data/collection-demo.json): synthetic people, amounts in cents. */
export interface DemoFixtures {
  /** The day the demo data describes (due dates and stages are as of this day). */
  referenceDate: string;
  debtors: Debtor[];
  claims: Claim[];
}

/** data/collection-demo.json, found from the sources (ts-jest) and from the build (dist/). */
export function demoFixturesPath(): string {
  const candidates = [
    path.resolve(__dirname, '..', '..', 'data'),
    path.resolve(__dirname, '..', '..', '..', 'data'),
  ];
  const dir = candidates.find((d) => fs.existsSync(path.join(d, 'collection-demo.json')));
  if (!dir) throw new Error('data/collection-demo.json not found');
  return path.join(dir, 'collection-demo.json');
}

/** Reads and checks the fixtures; a malformed record stops start-up rather than showing wrong amounts. */
export function loadDemoFixtures(file: string = demoFixturesPath()): DemoFixtures {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    referenceDate?: unknown;
    debtors?: unknown[];
    claims?: unknown[];
  };
  if (typeof json.referenceDate !== 'string' || !Array.isArray(json.debtors) || !Array.isArray(json.claims)) {
    throw new Error(`${file}: expected referenceDate, debtors and claims`);
  }
  return {
    referenceDate: json.referenceDate,
    debtors: json.debtors.map(asDebtor),
    claims: json.claims.map(asClaim),
  };
}
