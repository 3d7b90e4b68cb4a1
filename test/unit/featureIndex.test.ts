import { FeatureIndex } from '../../adapters/nlu/featureIndex';
import { LinearModel } from '../../adapters/nlu/linearModel';
import { featurize } from '../../adapters/nlu/features';

/** Names shaped like the model's: word, bigram and character n-gram features. */
function names(count: number, salt: string): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyzëé<>_';
  const out = new Set<string>();
  let seed = 7;
  const next = (): number => (seed = (seed * 48271) % 2147483647);
  while (out.size < count) {
    const length = 3 + (next() % 8);
    let name = ['c:', 'w:', 'b:'][next() % 3] + salt;
    for (let i = 0; i < length; i++) name += letters[next() % letters.length];
    out.add(name);
  }
  return [...out];
}

describe('FeatureIndex', () => {
  const known = names(120_000, '');
  const index = new FeatureIndex(known);

  it('finds the row of every known feature', () => {
    expect(known.filter((name, row) => index.get(name) !== row)).toEqual([]);
  });

  it('knows nothing of names it was not given', () => {
    const unknown = names(50_000, 'z');
    const knownSet = new Set(known);
    expect(unknown.filter((name) => !knownSet.has(name) && index.get(name) !== undefined)).toEqual([]);
    expect(index.get('')).toBeUndefined();
  });

  it('refuses a model with the same name twice', () => {
    expect(() => new FeatureIndex(['w:boete', 'w:boete'])).toThrow(/share a hash/);
  });
});

describe('LinearModel with stored Int16 weights', () => {
  it('predicts what it predicted before it was saved and loaded', () => {
    const features = ['w:boete', 'w:betalen', 'c:<bo', 'len:1', 'w:regeling'];
    const weights = Float32Array.from({ length: features.length * 3 }, (_, i) => Math.sin(i) * 3);
    const model = new LinearModel(['a', 'b', 'c'], features, weights, Float32Array.from([0.1, -0.2, 0.3]));
    const loaded = LinearModel.deserialize(JSON.parse(JSON.stringify(model.serialize({ examples: 1, hash: 'x' }))));
    for (const text of ['boete betalen', 'regeling', 'iets anders']) {
      const v = featurize(text);
      const before = model.predict(v);
      const after = loaded.predict(v);
      expect(after.known).toBe(before.known);
      before.probabilities.forEach((p, i) => expect(after.probabilities[i]).toBeCloseTo(p, 3));
    }
    // a loaded model saves the same weights again
    expect(loaded.serialize({ examples: 1, hash: 'x' }).weights).toBe(model.serialize({ examples: 1, hash: 'x' }).weights);
  });
});
