/**
 * Turns an utterance into sparse features for the linear intent model. Character n-grams (3–5)
 * inside words make it robust to typos, Flemish spellings and Dutch compounds
 * ("betalingsregling" still shares most n-grams with "betalingsregeling"); word unigrams and
 * bigrams carry the phrasing. Numbers, e-mail addresses and codes become placeholder words so that
 * "mijn nummer is negen zes …" looks like "mijn nummer is 9698…".
 */
import { digitRuns, resolveDigits } from '../../domain/language/spokenDigits';

export type FeatureVector = Map<string, number>;

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const SYMBOL_WORDS: Record<string, string> = { '€': 'euro', '?': 'xqx' };

/** The utterance as words, numbers replaced by placeholders. */
export function modelWords(text: string): string[] {
  const withoutEmail = text.replace(EMAIL, ' xemailx ');
  const tokens = resolveDigits(withoutEmail);
  const runs = digitRuns(withoutEmail, tokens);
  const out: string[] = [];
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const run = runs[r];
    if (run && i === run.start) {
      r++;
      const spokenShort = run.spoken && run.digits.length < 3;
      if (!spokenShort) {
        out.push(run.digits.length >= 12 ? 'xcjibx' : 'xnumx');
        i = run.end - 1;
        continue;
      }
    }
    const t = tokens[i];
    if (t.kind === 'symbol') {
      const w = SYMBOL_WORDS[t.text];
      if (w) out.push(w);
    } else if (t.kind === 'mixed') {
      out.push(/^\d{4}[a-z]{2}$/.test(t.text) ? 'xpostcodex' : t.text.replace(/\d+/g, '0'));
    } else {
      out.push(t.text);
    }
  }
  return out;
}

export interface FeatureOptions {
  minN: number;
  maxN: number;
  charWeight: number;
  wordWeight: number;
  bigramWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  minN: 3,
  maxN: 5,
  charWeight: 0.6,
  wordWeight: 1,
  bigramWeight: 0.8,
};

function add(v: FeatureVector, key: string, weight: number): void {
  v.set(key, (v.get(key) ?? 0) + weight);
}

/** Sparse, L2-normalised feature vector of an utterance. */
export function featurize(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): FeatureVector {
  const v: FeatureVector = new Map();
  const ws = modelWords(text);
  const wordsOnly = ws.filter((w) => w !== 'xqx');
  add(
    v,
    wordsOnly.length <= 1
      ? 'len:1'
      : wordsOnly.length <= 3
        ? 'len:2-3'
        : wordsOnly.length <= 8
          ? 'len:4-8'
          : 'len:9+',
    0.5,
  );
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    add(v, `w:${w}`, options.wordWeight);
    if (i > 0) add(v, `b:${ws[i - 1]}_${w}`, options.bigramWeight);
    if (w.startsWith('x') && w.endsWith('x') && w.length > 3) continue;
    const padded = `<${w}>`;
    for (let n = options.minN; n <= options.maxN; n++) {
      for (let s = 0; s + n <= padded.length; s++) add(v, `c:${padded.slice(s, s + n)}`, options.charWeight);
    }
  }
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}
