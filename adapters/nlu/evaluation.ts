/** Accuracy, per-intent precision/recall/F1, macro-F1 and the most frequent confusions. */

export interface LabelledUtterance {
  text: string;
  intent: string;
  lang?: string;
}

export interface IntentMetrics {
  intent: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  perIntent: IntentMetrics[];
  confusions: { expected: string; predicted: string; count: number }[];
}

/** Parses JSON lines `{"text","intent","lang"}`, ignoring blank lines. */
export function parseJsonl(content: string): LabelledUtterance[] {
  return content
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const row = JSON.parse(l) as LabelledUtterance;
      if (typeof row.text !== 'string' || typeof row.intent !== 'string')
        throw new Error(`line ${i + 1}: needs "text" and "intent"`);
      return row;
    });
}

/** Macro-F1 averages over every intent that occurs in the gold labels or the predictions. */
export function evaluate(gold: string[], predicted: string[]): EvaluationReport {
  const n = gold.length;
  const labels = [...new Set([...gold, ...predicted])].sort();
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const confusion = new Map<string, number>();
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const g = gold[i];
    const p = predicted[i];
    if (g === p) {
      correct++;
      tp.set(g, (tp.get(g) ?? 0) + 1);
    } else {
      fp.set(p, (fp.get(p) ?? 0) + 1);
      fn.set(g, (fn.get(g) ?? 0) + 1);
      const key = `${g}\t${p}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  }
  const perIntent = labels.map((intent) => {
    const t = tp.get(intent) ?? 0;
    const precision = t + (fp.get(intent) ?? 0) ? t / (t + (fp.get(intent) ?? 0)) : 0;
    const recall = t + (fn.get(intent) ?? 0) ? t / (t + (fn.get(intent) ?? 0)) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, support: t + (fn.get(intent) ?? 0), precision, recall, f1 };
  });
  const macroF1 = perIntent.length ? perIntent.reduce((s, m) => s + m.f1, 0) / perIntent.length : 0;
  const confusions = [...confusion.entries()]
    .map(([key, count]) => {
      const [expected, predictedIntent] = key.split('\t');
      return { expected, predicted: predictedIntent, count };
    })
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
  return { n, accuracy: n ? correct / n : 0, macroF1, perIntent, confusions };
}

/** The report as text; its last line is exactly `accuracy=0.953 macro_f1=0.941 n=416`. */
export function formatReport(report: EvaluationReport, maxConfusions = 10): string {
  const lines: string[] = [];
  lines.push(
    `${'intent'.padEnd(24)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'f1'.padStart(6)} ${'n'.padStart(5)}`,
  );
  for (const m of report.perIntent) {
    lines.push(
      `${m.intent.padEnd(24)} ${m.precision.toFixed(3).padStart(6)} ${m.recall.toFixed(3).padStart(6)} ${m.f1.toFixed(3).padStart(6)} ${String(m.support).padStart(5)}`,
    );
  }
  lines.push('');
  lines.push(report.confusions.length ? 'most frequent confusions (expected → predicted):' : 'no confusions');
  for (const c of report.confusions.slice(0, maxConfusions))
    lines.push(`  ${String(c.count).padStart(3)}  ${c.expected} → ${c.predicted}`);
  lines.push(`accuracy=${report.accuracy.toFixed(3)} macro_f1=${report.macroF1.toFixed(3)} n=${report.n}`);
  return lines.join('\n');
}
