/**
 * The model's feature names → row numbers, for prediction. A prediction looks up a hundred or more
 * n-grams in a table of about 110,000 names; a Map compares each hit against the stored name, a
 * string elsewhere in the heap, so most lookups wait on memory. Here each name is reduced to two
 * independent 32-bit hashes and the table holds only integers, side by side: one memory read per
 * lookup. Two names of the model with the same pair of hashes are refused at load (so the table
 * never gives a wrong row for a known name); an unknown name that matches both hashes of a known
 * one is vanishingly unlikely (about one in 10^19 per lookup).
 */
const { imul } = Math;

/** FNV-1a and a multiplicative hash with another seed, in one pass; `[h1, h2]` are written to `out`. */
function hashPair(name: string, out: Int32Array): void {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    h1 = imul(h1 ^ c, 0x01000193);
    h2 = imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  out[0] = h1;
  out[1] = h2 | 1; // never 0: 0 marks an empty slot
}

export class FeatureIndex {
  /** Triples per slot: hash 1, hash 2 (0 = empty), row. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly scratch = new Int32Array(2);

  constructor(features: readonly string[]) {
    let size = 1;
    while (size < features.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 3);
    features.forEach((name, row) => {
      const slot = this.find(name);
      if (this.slots[slot * 3 + 1] !== 0)
        throw new Error(`NLU features "${features[this.slots[slot * 3 + 2]]}" and "${name}" share a hash`);
      this.slots[slot * 3] = this.scratch[0];
      this.slots[slot * 3 + 1] = this.scratch[1];
      this.slots[slot * 3 + 2] = row;
    });
  }

  /** The row of a feature name, or undefined when the model does not know it. */
  get(name: string): number | undefined {
    const slot = this.find(name);
    return this.slots[slot * 3 + 1] === 0 ? undefined : this.slots[slot * 3 + 2];
  }

  /** The slot holding the name's hashes, or the empty slot where they would go (linear probing). */
  private find(name: string): number {
    hashPair(name, this.scratch);
    const [h1, h2] = this.scratch;
    const slots = this.slots;
    for (let slot = h1 & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = slots[slot * 3 + 1];
      if (stored === 0 || (stored === h2 && slots[slot * 3] === h1)) return slot;
    }
  }
}
