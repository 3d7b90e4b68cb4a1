/**
 * Turns an utterance into sparse features for the linear intent model. Character n-grams (3–5)
 * inside words make it robust to typos, Flemish spellings and Dutch compounds
 * ("betalingsregling" still shares most n-grams with "betalingsregeling"); word unigrams and
 * bigrams carry the phrasing. Numbers, e-mail addresses and codes become placeholder words so that
 * "mijn nummer is negen zes …" looks like "mijn nummer is 9698…".
 */
import { digitRuns, resolveDigits } from '../../domain/language/spokenDigits';
import { chatWords, isPlaceholder, type KnownWord, knownSpellings } from './chatSpelling';

export type { KnownWord } from './chatSpelling';

// Bound once: global lookups are slow in sandboxed contexts (jest's vm).
const { sqrt } = Math;

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
  return chatWords(out);
}

export interface FeatureOptions {
  minN: number;
  maxN: number;
  charWeight: number;
  wordWeight: number;
  bigramWeight: number;
  /** Extra weight of the final ask of a multi-sentence message (0 = off). */
  askWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  minN: 3,
  maxN: 5,
  charWeight: 0.6,
  wordWeight: 1,
  bigramWeight: 0.8,
  askWeight: 2,
};

function add(v: FeatureVector, key: string, weight: number): void {
  v.set(key, (v.get(key) ?? 0) + weight);
}

/** Sparse, L2-normalised feature vector of an utterance. */
/** Word, bigram and character n-gram features of a word sequence, each multiplied by `scale`. */
function addWordFeatures(v: FeatureVector, ws: string[], options: FeatureOptions, scale: number): void {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    add(v, `w:${w}`, options.wordWeight * scale);
    if (i > 0) add(v, `b:${ws[i - 1]}_${w}`, options.bigramWeight * scale);
    if (isPlaceholder(w)) continue;
    const padded = `<${w}>`;
    for (let n = options.minN; n <= options.maxN; n++) {
      for (let s = 0; s + n <= padded.length; s++)
        add(v, `c:${padded.slice(s, s + n)}`, options.charWeight * scale);
    }
  }
}

/**
 * In a story of several sentences the ask is usually last ("… Kan ik in termijnen betalen?"):
 * the last question, or else the last sentence, of a multi-sentence message.
 */
export function finalAsk(text: string): string | undefined {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((x) => x.trim())
    .filter((x) => x.split(/\s+/).length >= 2);
  if (sentences.length < 2) return undefined;
  const questions = sentences.filter((x) => x.includes('?'));
  const ask = questions.length ? questions[questions.length - 1] : sentences[sentences.length - 1];
  // "Hoe kan dit?" or "What now?" carries no topic: then the story itself has to decide.
  return modelWords(ask).some((w) => !FUNCTION_WORDS.has(w)) ? ask : undefined;
}

const FUNCTION_WORDS = new Set(
  `xqx normaal mogelijk klopt zomaar echt eerlijk goed oke ok normal possible right correct true really fair okay
  ik je jij u we wij ze zij hij het de een dit dat deze die wat hoe waar waarom wanneer wie kan kun kunt
  mag moet moeten is zijn ben was doe doen gaan gaat nu dan toch nog wel niet er hier daar zo mij me mijn
  i you we they he she it the a an this that what how where why when who can could may must is are am was
  do does did doing go going now then still not there here so me my on whats hows
  ich du sie es der die das ein eine was wie wo warum wann wer kann muss ist bin tun jetzt nun
  ja co jak gdzie dlaczego kiedy kto moge mozna jest to teraz sie robic`.split(/\s+/),
);

/** Sparse, L2-normalised feature vector of an utterance. */
export function featurize(
  text: string,
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
  known?: KnownWord,
): FeatureVector {
  const v: FeatureVector = new Map();
  const ws = knownSpellings(modelWords(text), known);
  const wordsOnly = ws.filter((w) => w !== 'xqx');
  const n = wordsOnly.length;
  add(v, n <= 1 ? 'len:1' : n <= 3 ? 'len:2-3' : n <= 8 ? 'len:4-8' : 'len:9+', 0.5);
  addWordFeatures(v, ws, options, 1);
  const ask = options.askWeight > 0 ? finalAsk(text) : undefined;
  if (ask) addWordFeatures(v, knownSpellings(modelWords(ask), known), options, options.askWeight);
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}
