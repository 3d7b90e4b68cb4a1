/**
 * Trains the linear intent model: deterministic (seeded shuffling and typo augmentation),
 * row-wise AdaGrad on the softmax cross-entropy with L2 regularisation. About a second for a few thousand
 * utterances.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions, featurize, modelWords } from './features';
import { LinearModel } from './linearModel';
import type { TrainingExample } from './trainingData';

// Bound once: global lookups inside hot loops are slow in sandboxed contexts (jest's vm), ~25×.
const { exp, sqrt, floor, imul } = Math;
const NEG_INF = Number.NEGATIVE_INFINITY;

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Typo-augmented copies per example. */
  typoCopies: number;
  seed: number;
  featureOptions: FeatureOptions;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 20,
  learningRate: 0.8,
  l2: 1e-4,
  typoCopies: 2,
  seed: 20260101,
  featureOptions: DEFAULT_FEATURE_OPTIONS,
};

/** Mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One plausible typing error in one longer word: dropped, doubled or swapped letter. */
export function addTypo(text: string, random: () => number): string {
  const ws = text.split(' ');
  const candidates = ws
    .map((w, i) => (w.length >= 5 && /^[\p{L}]+$/u.test(w) ? i : -1))
    .filter((i) => i >= 0);
  if (!candidates.length) return text;
  const i = candidates[floor(random() * candidates.length)];
  const w = ws[i];
  const p = 1 + floor(random() * (w.length - 2));
  const kind = floor(random() * 3);
  ws[i] =
    kind === 0
      ? w.slice(0, p) + w.slice(p + 1)
      : kind === 1
        ? w.slice(0, p) + w[p] + w.slice(p)
        : w.slice(0, p - 1) + w[p] + w[p - 1] + w.slice(p + 1);
  return ws.join(' ');
}

export function trainModel(
  examples: TrainingExample[],
  classes: readonly string[],
  options: Partial<TrainOptions> = {},
): LinearModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const random = seededRandom(o.seed);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const texts: { text: string; y: number }[] = [];
  for (const e of examples) {
    const y = classIndex.get(e.intent);
    if (y === undefined) throw new Error(`Unknown intent in training data: ${e.intent}`);
    texts.push({ text: e.text, y });
    for (let c = 0; c < o.typoCopies; c++) texts.push({ text: addTypo(e.text, random), y });
  }
  // The words seen on their own, so that a compound typed as two words is read as in prediction.
  const vocabulary = new Set(texts.flatMap(({ text }) => modelWords(text)));
  const known = (word: string) => vocabulary.has(word);
  const featureIndex = new Map<string, number>();
  const data = texts.map(({ text, y }) => {
    const v = featurize(text, o.featureOptions, known);
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, x] of v) {
      let f = featureIndex.get(name);
      if (f === undefined) {
        f = featureIndex.size;
        featureIndex.set(name, f);
      }
      idx.push(f);
      val.push(x);
    }
    return { idx, val, y };
  });

  const k = classes.length;
  const nf = featureIndex.size;
  const w = new Float32Array(nf * k);
  const g2 = new Float64Array(nf).fill(1e-8);
  const grads = new Float64Array(k);
  const b = new Float64Array(k);
  const bg2 = new Float64Array(k).fill(1e-8);
  const logits = new Float64Array(k);
  const order = data.map((_, i) => i);
  const wAvg = new Float32Array(nf * k);
  const bAvg = new Float64Array(k);
  let averaged = 0;

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const { idx, val, y } = data[n];
      for (let c = 0; c < k; c++) logits[c] = b[c];
      for (let t = 0; t < idx.length; t++) {
        const base = idx[t] * k;
        for (let c = 0; c < k; c++) logits[c] += w[base + c] * val[t];
      }
      let max = NEG_INF;
      for (let c = 0; c < k; c++) if (logits[c] > max) max = logits[c];
      let sum = 0;
      for (let c = 0; c < k; c++) {
        logits[c] = exp(logits[c] - max);
        sum += logits[c];
      }
      // Row-wise AdaGrad: one accumulator per feature (not per weight) keeps the step adaptive to
      // how often a feature occurs while needing one square root per feature instead of one per class.
      let gradNorm2 = 0;
      for (let c = 0; c < k; c++) {
        const grad = logits[c] / sum - (c === y ? 1 : 0);
        grads[c] = grad;
        gradNorm2 += grad * grad;
        bg2[c] += grad * grad;
        b[c] -= (o.learningRate * grad) / sqrt(bg2[c]);
      }
      for (let t = 0; t < idx.length; t++) {
        const f = idx[t];
        const x = val[t];
        g2[f] += x * x * gradNorm2;
        const step = o.learningRate / sqrt(g2[f]);
        const base = f * k;
        for (let c = 0; c < k; c++) {
          const p = base + c;
          w[p] -= step * (grads[c] * x + o.l2 * w[p]);
        }
      }
    }
    // Averaging the weights of the second half of the epochs (Polyak averaging) makes the model
    // depend far less on the order of the last updates, i.e. on the seed.
    if (epoch >= o.epochs / 2) {
      for (let p = 0; p < w.length; p++) wAvg[p] += w[p];
      for (let c = 0; c < k; c++) bAvg[c] += b[c];
      averaged++;
    }
  }
  for (let p = 0; p < w.length; p++) wAvg[p] /= averaged;
  for (let c = 0; c < k; c++) bAvg[c] /= averaged;
  const features = [...featureIndex.keys()];
  return new LinearModel([...classes], features, wAvg, Float32Array.from(bAvg), o.featureOptions);
}

/** Stable fingerprint of the training data, stored in the model for traceability. */
export function trainingHash(examples: TrainingExample[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.intent}\t${e.text}\n`);
  return h.digest('hex').slice(0, 16);
}
