import { readdirSync } from 'node:fs';
import path from 'node:path';
import { INTENTS } from '../../domain/language/intents';
import { normalizeText } from '../../domain/language/normalizeText';
import { readFixture, trainingExamples } from '../support/nluModel';

const examples = trainingExamples();
const key = (text: string) => normalizeText(text);

describe('NLU training data', () => {
  // Every evaluation set in test/fixtures/nlu, including ones added later.
  it.each(readdirSync(path.join(__dirname, '..', 'fixtures', 'nlu')).filter((f) => f.endsWith('.jsonl')))(
    'contains no line of %s',
    (fixture) => {
      const trained = new Set(examples.map((e) => key(e.text)));
      const leaked = readFixture(fixture).filter((row) => trained.has(key(row.text)));
      expect(leaked.map((r) => r.text)).toEqual([]);
    },
  );

  it('uses only the contract intent ids', () => {
    const unknown = examples.filter((e) => !(INTENTS as readonly string[]).includes(e.intent));
    expect(unknown).toEqual([]);
  });

  it.each([
    ['nl', 40],
    ['en', 40],
    ['de', 20],
    ['pl', 20],
  ] as const)('has at least enough %s examples for every intent', (lang, minimum) => {
    const counts = new Map<string, number>();
    for (const e of examples.filter((x) => x.lang === lang))
      counts.set(e.intent, (counts.get(e.intent) ?? 0) + 1);
    const short = INTENTS.filter((i) => (counts.get(i) ?? 0) < minimum).map(
      (i) => `${i}: ${counts.get(i) ?? 0}`,
    );
    expect(short).toEqual([]);
  });

  it('has no utterance labelled with two different intents', () => {
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const e of examples) {
      const k = key(e.text);
      const prior = seen.get(k);
      if (prior && prior !== e.intent) conflicts.push(`${e.text}: ${prior} / ${e.intent}`);
      seen.set(k, e.intent);
    }
    expect(conflicts).toEqual([]);
  });

  it('keeps the evaluation sets large enough to mean something', () => {
    expect(readFixture('eval-nlen.jsonl').length).toBeGreaterThanOrEqual(150);
    expect(readFixture('eval-de.jsonl').length).toBeGreaterThanOrEqual(60);
    expect(readFixture('eval-pl.jsonl').length).toBeGreaterThanOrEqual(60);
    expect(readFixture('eval-probe2.jsonl').length).toBeGreaterThanOrEqual(150);
    expect(readFixture('eval-probe3.jsonl').length).toBeGreaterThanOrEqual(200);
  });
});
