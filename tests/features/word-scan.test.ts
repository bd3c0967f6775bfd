import { describe, expect, it } from 'vitest';
import { STOPWORD_SET } from '../../src/cues/stopwords.js';
import { capitalizedWords, sampleLetters } from '../../src/features/case-counts.js';
import { LanguageTally } from '../../src/features/language.js';
import { innerSentences } from '../../src/features/sentences.js';
import { WordScan } from '../../src/features/word-scan.js';

// The definitions the walk must agree with: the tokeniser's regex and a count per UTF-16 unit.
function reference(text: string) {
  const words = text.match(/[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
  const units = [...text.slice(0, 2000).split('')];
  return {
    words: words.length,
    stop: words.filter((w) => STOPWORD_SET.has(w.toLowerCase())).length,
    capitalized: words.filter((w) => String.fromCodePoint(w.codePointAt(0)!) !== String.fromCodePoint(w.codePointAt(0)!).toLowerCase()).length,
    letters: units.filter((u) => /\p{L}/u.test(u)).length,
    upper: units.filter((u) => /\p{Lu}/u.test(u)).length,
  };
}

// Where the walk says things stand, by their definitions.
function referencePlaces(text: string) {
  const capitals = [...text.matchAll(/\p{Lu}/gu)].map((m) => m.index);
  return {
    firstSeam: capitals.find((i) => i > 0 && /\p{Ll}/u.test(text[i - 1])) ?? -1,
    innerSentences: text.match(/[.!?…।]["'”’»)]*\s+["'“‘«(]?\p{Lu}/gu)?.length ?? 0,
  };
}

// The language by its definition: every run of letters and marks (/[\p{L}\p{M}]+/gu) that lower-cases to a stop word, in text order.
function referenceTally(text: string): LanguageTally {
  const tally = new LanguageTally();
  for (const run of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const lower = run.toLowerCase();
    if (STOPWORD_SET.has(lower)) tally.add(lower);
  }
  return tally;
}

function scanned(text: string) {
  const scan = new WordScan();
  scan.scan(text);
  // The language sample's walk, asked of the same text.
  const tally = new LanguageTally();
  tally.addRuns(text);
  const { words, stop, firstSeam } = scan;
  // The capitals, counted on demand (case-counts.ts), against the same definitions.
  const { letters, upper } = sampleLetters(text);
  return { counts: { words, stop, capitalized: capitalizedWords(text), letters, upper }, places: { firstSeam, innerSentences: innerSentences(text) }, tally };
}

// Letters, marks, digits, apostrophes, astral letters, lone surrogates, stop words of several languages.
const PIECES = ['"', '”', '“', '«', '»', '(', ')', '\u00a0', '\u3000', '\t', 'Q', 'ก', 'か', '漢', '한', '.', '!', '…', '।', '٣', 'ǅ', 'Ⅻ', 'a', 'The', 'de', 'la', 'der', 'и', 'के', 'É', 'ß', '\u0301', '5', "'", '’', ' ', '.', '𝐀', '𝑏', '\ud800', '\udc00', 'don', 't', 'l', 'homme', 'x', '-', 'İ', 'ǅ', '😀', 'と'];

describe('WordScan', () => {
  it('should count as the tokeniser regex and a per-unit letter count do, on edge cases', () => {
    const texts = ['', "don't5", 'l’homme', "x'ab\u0301c'd", '2a b', "it's the", "o' 's '", 'A𝐀b 𝐀', 'e\u0301 de\u0301', 'ÉCOLE de la', 'The cat and the hat'];
    for (const text of texts) expect(scanned(text).counts, text).toEqual(reference(text));
  });
  it('should count letters only in the first 2,000 units, an astral letter split there as none', () => {
    for (const at of [1998, 1999, 2000]) {
      const text = `${'a'.repeat(at)}𝐀B c`;
      expect(scanned(text).counts, String(at)).toEqual(reference(text));
    }
  });
  it('should agree with the regexes on random strings of tricky pieces', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let j = 0; j < length; j++) text += PIECES[Math.floor(random() * PIECES.length)];
      const { counts, places, tally } = scanned(text);
      expect(counts, JSON.stringify(text)).toEqual(reference(text));
      expect(places, JSON.stringify(text)).toEqual(referencePlaces(text));
      // Every hit, and the order languages were first hit in, not only the language that wins.
      expect(tally, JSON.stringify(text)).toEqual(referenceTally(text));
    }
  });
});
