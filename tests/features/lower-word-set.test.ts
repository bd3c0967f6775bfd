import { describe, expect, it } from 'vitest';
import { STOPWORD_SET } from '../../src/cues/stopwords.js';
import { LowerWordSet } from '../../src/features/lower-word-set.js';
import { corpusLines } from '../corpus-lines.js';

describe('LowerWordSet', () => {
  const words = ['the', 'a', 'über', 'और', 'don’t', 'i̇'];
  const set = new LowerWordSet(words);
  const lookUp = (text: string) => set.find(`<${text}>`, 1, text.length + 1);

  it('should find a word in any case, as lower-casing and a set lookup would', () => {
    for (const w of ['the', 'The', 'THE', 'a', 'A', 'Über', 'ÜBER', 'और', 'Don’t', 'İ']) expect(lookUp(w), w).toBe(w.toLowerCase());
  });
  it('should turn away words that only share a length and first and last letter with an entry', () => {
    for (const w of ['tie', 'THEE', 'ab', 'über2', 'dont']) expect(lookUp(w), w).toBeNull();
  });
  it('should answer as lower-casing and a set lookup on random words, units with and without a case mixed', () => {
    const entries = ['और', 'की', 'के', 'что', 'он', 'été', 'où', 'ça', 'σας', 'ές', 'i̇s', '𐐨', 'don’t'];
    const mixed = new LowerWordSet(entries);
    const pieces = ['औ', 'र', 'क', 'ी', 'े', 'च', 'Ч', 'ч', 'т', 'Т', 'о', 'О', 'н', 'é', 'É', 'ç', 'Ç', 'a', 'Σ', 'σ', 'ς', 'ά', 'έ', 'Έ', 'İ', 's', '𐐀', '𐐨', '’', "'", 't', 'don', 'ü'];
    let seed = 3;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 20000; n++) {
      let w = '';
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) w += pieces[Math.floor(random() * pieces.length)];
      const lower = w.toLowerCase();
      expect(mixed.find(`.${w}.`, 1, w.length + 1), w).toBe(entries.includes(lower) ? lower : null);
    }
  });
  it('should answer as lower-casing and a set lookup for every word of the corpus lines, with the stop-word lists', () => {
    const known = new LowerWordSet(STOPWORD_SET);
    for (const line of corpusLines()) {
      for (const m of line.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?/gu)) {
        const lower = m[0].toLowerCase();
        expect(known.find(line, m.index, m.index + m[0].length), m[0]).toBe(STOPWORD_SET.has(lower) ? lower : null);
      }
    }
  });
  it('should read only the given span of the text', () => {
    expect(set.find('bathe', 2, 5)).toBe('the');
    expect(set.find('bathe', 1, 5)).toBeNull();
  });
});
