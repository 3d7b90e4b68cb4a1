/**
 * Training utterances live as data in `adapters/nlu/training/<locale>.json`:
 * `{ "<intent>": ["utterance", …], … }`. Read at build time only, never at start-up.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TrainingExample {
  text: string;
  intent: string;
  lang: string;
}

export type TrainingFile = Record<string, string[]>;

export function examplesFromFile(lang: string, file: TrainingFile): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const intent of Object.keys(file).sort()) {
    for (const text of file[intent]) out.push({ text, intent, lang });
  }
  return out;
}

/** Every example of every `<locale>.json` in the folder, in a stable order, duplicates dropped. */
export function loadTrainingData(dir: string): TrainingExample[] {
  const seen = new Set<string>();
  const out: TrainingExample[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const lang = name.replace(/\.json$/, '');
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as TrainingFile;
    for (const e of examplesFromFile(lang, file)) {
      const key = `${e.intent}\t${e.text.trim().toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}
