/**
 * Multinomial logistic regression over sparse features: the trained intent model, its JSON form
 * and prediction. Weights are stored as base64 Int16 with one scale, which keeps the model file
 * small (≈ 2 bytes per weight) and loading fast.
 */
import { FeatureIndex } from './featureIndex';
import { type FeatureOptions, type FeatureVector, DEFAULT_FEATURE_OPTIONS } from './features';

// Bound once: global lookups are slow in sandboxed contexts (jest's vm).
const { exp, round } = Math;

export const MODEL_FORMAT = 'cjib-nlu-linear/1';

export interface SerializedModel {
  format: typeof MODEL_FORMAT;
  classes: string[];
  features: string[];
  /** Int16 weights, feature-major (features × classes), base64; multiply by `scale`. */
  weights: string;
  scale: number;
  bias: number[];
  featureOptions: FeatureOptions;
  trainedOn: { examples: number; hash: string };
}

export class LinearModel {
  readonly classCount: number;
  private readonly index: FeatureIndex;

  constructor(
    readonly classes: string[],
    readonly features: string[],
    /**
     * features × classes, feature-major; the real weight is `weights[i] * weightScale`. A loaded model
     * keeps its Int16 weights: half the memory a prediction reads, and a prediction touches a row
     * per feature of the utterance spread over megabytes, so it is bound by memory, not arithmetic.
     */
    readonly weights: Float32Array | Int16Array,
    readonly bias: Float32Array,
    readonly featureOptions: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
    readonly weightScale = 1,
  ) {
    this.classCount = classes.length;
    this.index = new FeatureIndex(features);
  }

  /** Whether the model learnt a weight for this word on its own (see knownSpellings). */
  readonly knowsWord = (word: string): boolean => this.index.get(`w:${word}`) !== undefined;

  /** Class probabilities (softmax) and how many of the input's features the model knows. */
  predict(v: FeatureVector): { probabilities: Float64Array; known: number } {
    const k = this.classCount;
    const weights = this.weights;
    const sums = new Float64Array(k);
    let known = 0;
    for (const [name, x] of v) {
      const f = this.index.get(name);
      if (f === undefined) continue;
      if (!name.startsWith('len:')) known++;
      const base = f * k;
      for (let c = 0; c < k; c++) sums[c] += weights[base + c] * x;
    }
    for (let c = 0; c < k; c++) sums[c] = this.bias[c] + sums[c] * this.weightScale;
    return { probabilities: softmax(sums), known };
  }

  serialize(trainedOn: SerializedModel['trainedOn']): SerializedModel {
    let q: Int16Array;
    let scale: number;
    if (this.weights instanceof Int16Array) {
      q = this.weights;
      scale = this.weightScale;
    } else {
      let max = 0;
      for (const w of this.weights) {
        const a = w < 0 ? -w : w;
        if (a > max) max = a;
      }
      scale = max / 32767 || 1;
      q = new Int16Array(this.weights.length);
      for (let i = 0; i < q.length; i++) q[i] = round(this.weights[i] / scale);
    }
    return {
      format: MODEL_FORMAT,
      classes: this.classes,
      features: this.features,
      weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
      scale,
      bias: Array.from(this.bias, (b) => round(b * 1e5) / 1e5),
      featureOptions: this.featureOptions,
      trainedOn,
    };
  }

  static deserialize(json: SerializedModel): LinearModel {
    if (json.format !== MODEL_FORMAT) throw new Error(`Unsupported NLU model format: ${String(json.format)}`);
    const bytes = Buffer.from(json.weights, 'base64');
    const q = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (q.length !== json.features.length * json.classes.length)
      throw new Error('NLU model weights do not match its features');
    return new LinearModel(
      json.classes,
      json.features,
      q,
      Float32Array.from(json.bias),
      json.featureOptions,
      json.scale,
    );
  }
}

export function softmax(logits: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const l of logits) if (l > max) max = l;
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    out[i] = exp(logits[i] - max);
    sum += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}
