import { describe, expect, it } from 'vitest';
import { STOPWORD_SET } from '../../src/cues/stopwords.js';
import { AsciiWordTrie, DEAD, ROOT } from '../../src/features/ascii-word-trie.js';
import { charClass } from '../../src/features/char-class.js';
import { LowerWordSet } from '../../src/features/lower-word-set.js';

/** The trie's answer for a word, stepped code point by code point as WordScan steps it. */
function trieFind(trie: AsciiWordTrie, word: string): string | null {
  let state = ROOT;
  for (const ch of word) state = trie.step(state, charClass(ch.codePointAt(0)!));
  return trie.word(state);
}

describe('AsciiWordTrie', () => {
  // Entries of every length up to past the stop words' longest, prefixes of one another, one with a capital (no
  // lower-cased word is it) and non-ASCII ones (asked of LowerWordSet instead, so left out).
  const entries = ['a', 'an', 'and', 'of', 'the', 'them', 'from', 'about', 'before', 'because', 'whatever', 'tomorrows', 'The', 'über', 'don’t', 'é'];
  const trie = new AsciiWordTrie(entries);
  const lower = new LowerWordSet(entries);

  it('should answer as LowerWordSet.find for words of ASCII letters and digits, in any case', () => {
    const words = ['a', 'A', 'an', 'AN', 'and', 'anD', 'of', 'OF', 'Of', 'the', 'THE', 'tHe', 'them', 'from', 'about', 'ABOUT', 'before', 'because', 'whatever', 'WHATEVER', 'tomorrows', 'b', 'fo', 'thee', 'aboutt', 'whateve', 'zzzzzzzz', '1', 'a1', '1a', 'the1', 'th'];
    for (const w of words) expect(trieFind(trie, w), w).toBe(lower.find(w, 0, w.length));
  });
  it('should agree with LowerWordSet.find on random words of ASCII letters and digits', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = 'aAbBeEfFhHnNdDoOtTuUmM01';
    for (let n = 0; n < 20000; n++) {
      const length = 1 + Math.floor(random() * 10);
      let w = '';
      for (let k = 0; k < length; k++) w += alphabet[Math.floor(random() * alphabet.length)];
      expect(trieFind(trie, w), w).toBe(lower.find(w, 0, w.length));
    }
  });
  it('should find every ASCII stop word, in any case, and lead anything else past a non-letter to DEAD', () => {
    const stop = new AsciiWordTrie(STOPWORD_SET);
    for (const w of STOPWORD_SET) {
      if (!/^[a-z]+$/.test(w)) continue;
      expect(trieFind(stop, w), w).toBe(w);
      expect(trieFind(stop, w.toUpperCase()), w).toBe(w);
    }
    for (const w of ['the1', 'thé', 'th\u0301e', '_the', 'the@']) expect(trieFind(stop, w), w).toBe(null);
    expect(stop.step(DEAD, charClass(0x61))).toBe(DEAD);
  });
  it('should flag exactly the states that spell an entry (spelled is 1 where word is not null)', () => {
    const stop = new AsciiWordTrie(STOPWORD_SET);
    for (let state = 0; state < stop.states; state++) expect(stop.spelled(state), String(state)).toBe(stop.word(state) !== null ? 1 : 0);
  });
  it('should refuse an ASCII entry that is no run of letters, which a word could spell without the trie finding it', () => {
    for (const wrong of ['4u', "o'", 'a b', '']) expect(() => new AsciiWordTrie(['the', wrong]), JSON.stringify(wrong)).toThrow();
  });
});
