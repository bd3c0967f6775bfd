import { describe, expect, it } from 'vitest';
import { LowerWordSet } from '../../src/features/lower-word-set.js';
import { MAX_PACKED_LENGTH, PackedWordSet, packUnit } from '../../src/features/packed-word-set.js';

function packedFind(set: PackedWordSet, word: string): string | null {
  let low = 0;
  let high = 0;
  for (let k = 0; k < word.length; k++) {
    if (k < 4) low |= packUnit(word.charCodeAt(k), k);
    else high |= packUnit(word.charCodeAt(k), k);
  }
  return set.find(low, high, word.length);
}

describe('PackedWordSet', () => {
  // Entries of every length up to the limit and past it, one with a capital (no lower-cased word is it), and non-ASCII ones.
  const entries = ['a', 'of', 'the', 'from', 'about', 'before', 'because', 'whatever', 'tomorrows', 'The', 'über', 'don’t', 'x1', '@'];
  const packed = new PackedWordSet(entries);
  const lower = new LowerWordSet(entries);

  it('should answer as LowerWordSet.find for short ASCII words, in any case', () => {
    const words = ['a', 'A', 'of', 'OF', 'Of', 'the', 'THE', 'tHe', 'from', 'about', 'ABOUT', 'before', 'because', 'whatever', 'WHATEVER', 'x1', 'X1', '@', 'b', 'fo', 'thee', 'aboutt', 'whateve', 'zzzzzzzz', '1', '`'];
    for (const w of words) expect(packedFind(packed, w), w).toBe(lower.find(w, 0, w.length));
  });
  it('should agree with LowerWordSet.find on random short ASCII words', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = 'aAbBeEfFhHoOtTuU01@`[{';
    for (let n = 0; n < 20000; n++) {
      const length = 1 + Math.floor(random() * MAX_PACKED_LENGTH);
      let w = '';
      for (let k = 0; k < length; k++) w += alphabet[Math.floor(random() * alphabet.length)];
      expect(packedFind(packed, w), w).toBe(lower.find(w, 0, w.length));
    }
  });
});
