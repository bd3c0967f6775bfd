import { describe, expect, it } from 'vitest';
import { LowerWordSet } from '../../src/features/lower-word-set.js';

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
  it('should read only the given span of the text', () => {
    expect(set.find('bathe', 2, 5)).toBe('the');
    expect(set.find('bathe', 1, 5)).toBeNull();
  });
});
