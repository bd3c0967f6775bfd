/**
 * A set of short lower-case ASCII words, asked about a word by a key that a scanner packs while it
 * reads the word's units: no second read of the word, no slice. It gives LowerWordSet.find's answer
 * for such words (see find), which are most words of most pages.
 */

/** Units a key holds: 7 bits a unit, four units to an integer, two integers (the length in the top bits of the second). */
export const MAX_PACKED_LENGTH = 8;
const LENGTH_SHIFT = 28;

/** Unit k of a word (ASCII, k < MAX_PACKED_LENGTH), lower-cased, at its place in the low (k < 4) or high (k >= 4) integer. */
export function packUnit(unit: number, k: number): number {
  return (unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit) << (7 * (k & 3));
}

export class PackedWordSet {
  // An open-addressing table, at most half full: both integers of each entry's key, and the entry (null: an empty slot).
  private readonly lows: Int32Array;
  private readonly highs: Int32Array;
  private readonly entries: Array<string | null>;
  private readonly shift: number;

  constructor(words: Iterable<string>) {
    // Only what a lower-cased short ASCII word can equal: an entry with a capital is found by no lower-cased word.
    const packable = [...words].filter((w) => /^[\0-@[-\x7f]+$/.test(w) && w.length <= MAX_PACKED_LENGTH);
    const bits = Math.max(4, Math.ceil(Math.log2(2 * packable.length + 1)));
    this.shift = 32 - bits;
    this.lows = new Int32Array(1 << bits);
    this.highs = new Int32Array(1 << bits);
    this.entries = new Array<string | null>(1 << bits).fill(null);
    for (const w of packable) {
      let low = 0;
      let high = 0;
      for (let k = 0; k < w.length; k++) {
        if (k < 4) low |= packUnit(w.charCodeAt(k), k);
        else high |= packUnit(w.charCodeAt(k), k);
      }
      high |= w.length << LENGTH_SHIFT;
      let slot = this.slotOf(low, high);
      while (this.entries[slot] !== null) slot = (slot + 1) & (this.entries.length - 1);
      this.lows[slot] = low;
      this.highs[slot] = high;
      this.entries[slot] = w;
    }
  }

  /**
   * The entry an ASCII word of `length` units (1 to MAX_PACKED_LENGTH) lower-cases to, or null; `low` and `high`
   * OR together packUnit of its units. Equal keys are equal words (the packing is one-to-one), and an ASCII word
   * lower-cases to the entry of its own length and units lower-cased, if any: LowerWordSet.find's answer.
   */
  find(low: number, high: number, length: number): string | null {
    const key = high | (length << LENGTH_SHIFT);
    for (let slot = this.slotOf(low, key); ; slot = (slot + 1) & (this.entries.length - 1)) {
      const w = this.entries[slot];
      if (w === null || (this.lows[slot] === low && this.highs[slot] === key)) return w;
    }
  }

  private slotOf(low: number, high: number): number {
    return (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> this.shift;
  }
}
