/**
 * `npm run nlu:eval -- FILE.jsonl`: evaluates the built model (dist/nlu/model.json) on labelled
 * utterances. Prints a per-intent table, the most frequent confusions and, as the last line,
 * `accuracy=… macro_f1=… n=…`. Add `--errors` to list the misclassified lines.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LocalRecognizer } from '../adapters/nlu/LocalRecognizer';
import { evaluate, formatReport, parseJsonl } from '../adapters/nlu/evaluation';
import { MODEL_PATH } from './trainNlu';

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run nlu:eval -- FILE.jsonl [--errors]');
    process.exit(2);
  }
  const rows = parseJsonl(readFileSync(resolve(process.cwd(), file), 'utf8'));
  const recognizer = LocalRecognizer.load(process.env.NLU_MODEL_PATH ?? MODEL_PATH);
  const started = process.hrtime.bigint();
  const predicted = rows.map((r) => recognizer.classify(r.text)[0].intent);
  const micros = Number(process.hrtime.bigint() - started) / 1000 / Math.max(1, rows.length);
  if (args.includes('--errors')) {
    rows.forEach((r, i) => {
      if (predicted[i] !== r.intent) console.log(`  ${r.intent} → ${predicted[i]}: ${r.text}`);
    });
  }
  console.log(`prediction time: ${micros.toFixed(1)} µs per utterance`);
  console.log(
    formatReport(
      evaluate(
        rows.map((r) => r.intent),
        predicted,
      ),
    ),
  );
}

main();
