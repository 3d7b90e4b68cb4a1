/**
 * Build step: trains the intent model from adapters/nlu/training/*.json and writes
 * dist/nlu/model.json. Deterministic: the same data gives the same model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { INTENTS } from '../domain/language/intents';
import { trainModel, trainingHash } from '../adapters/nlu/trainModel';
import { loadTrainingData } from '../adapters/nlu/trainingData';

/** Project root, both from scripts/ (ts-jest) and dist/scripts/ (compiled). */
export const PROJECT_ROOT = resolve(
  __dirname,
  __dirname.includes(`${join('dist', 'scripts')}`) ? '../..' : '..',
);
export const TRAINING_DIR = join(PROJECT_ROOT, 'adapters', 'nlu', 'training');
export const MODEL_PATH = join(PROJECT_ROOT, 'dist', 'nlu', 'model.json');

function main(): void {
  const started = Date.now();
  const examples = loadTrainingData(TRAINING_DIR);
  const model = trainModel(examples, INTENTS);
  mkdirSync(dirname(MODEL_PATH), { recursive: true });
  writeFileSync(
    MODEL_PATH,
    JSON.stringify(model.serialize({ examples: examples.length, hash: trainingHash(examples) })),
  );
  console.log(
    `NLU model: ${examples.length} utterances, ${model.features.length} features, ${Date.now() - started} ms → ${MODEL_PATH}`,
  );
}

if (require.main === module) main();
