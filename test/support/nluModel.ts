/**
 * Trains the intent model once from adapters/nlu/training and caches it in the OS temp folder,
 * keyed by a hash of the training data and the model code, so test files share one training run
 * and never depend on a prior `npm run build`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INTENTS } from '../../domain/language/intents';
import { LocalRecognizer } from '../../adapters/nlu/LocalRecognizer';
import type { SerializedModel } from '../../adapters/nlu/linearModel';
import { trainModel, trainingHash } from '../../adapters/nlu/trainModel';
import { loadTrainingData, type TrainingExample } from '../../adapters/nlu/trainingData';

const ROOT = join(__dirname, '..', '..');
export const TRAINING_DIR = join(ROOT, 'adapters', 'nlu', 'training');
export const NLU_FIXTURES = join(ROOT, 'test', 'fixtures', 'nlu');

function codeHash(): string {
  const h = createHash('sha256');
  for (const dir of [join(ROOT, 'adapters', 'nlu'), join(ROOT, 'domain', 'language')]) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.ts'))
      .sort())
      h.update(readFileSync(join(dir, name)));
  }
  return h.digest('hex').slice(0, 12);
}

let cached: SerializedModel | undefined;

export function trainingExamples(): TrainingExample[] {
  return loadTrainingData(TRAINING_DIR);
}

/** The serialised model for the current training data, trained at most once per change. */
export function nluModel(): SerializedModel {
  if (cached) return cached;
  const examples = trainingExamples();
  const hash = trainingHash(examples);
  const file = join(tmpdir(), `cjib-nlu-model-${hash}-${codeHash()}.json`);
  if (existsSync(file)) {
    try {
      cached = JSON.parse(readFileSync(file, 'utf8')) as SerializedModel;
      return cached;
    } catch {
      // a concurrent writer or a broken file: train again below
    }
  }
  const model = trainModel(examples, INTENTS).serialize({ examples: examples.length, hash });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(model));
  renameSync(tmp, file);
  cached = model;
  return model;
}

/** Path of the cached model file (for LocalRecognizer.load and createRecognizer tests). */
export function nluModelPath(): string {
  const model = nluModel();
  const file = join(tmpdir(), `cjib-nlu-model-${model.trainedOn.hash}-${codeHash()}.json`);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(model));
  return file;
}

export function localRecognizer(): LocalRecognizer {
  return LocalRecognizer.fromModel(nluModel());
}

export interface EvalRow {
  text: string;
  intent: string;
  lang: string;
}

export function readFixture(name: string): EvalRow[] {
  return readFileSync(join(NLU_FIXTURES, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalRow);
}
