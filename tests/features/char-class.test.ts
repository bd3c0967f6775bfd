import { describe, expect, it } from 'vitest';
import { ASCII_LETTER_SHIFT, CASED, charClass, LETTER, LETTER_OR_MARK, LOWER, OTHER_LETTER, runEnd, SENTENCE_STOP, SPACE, startsWithClass, UPPER, WORD_CHAR } from '../../src/features/char-class.js';

const PROPERTIES: ReadonlyArray<readonly [string, number, RegExp]> = [
  ['word character', WORD_CHAR, /^[\p{L}\p{M}\p{N}]$/u],
  ['letter', LETTER, /^\p{L}$/u],
  ['letter or mark', LETTER_OR_MARK, /^[\p{L}\p{M}]$/u],
  ['upper-case letter', UPPER, /^\p{Lu}$/u],
  ['space', SPACE, /^\s$/u],
  ['lower-case letter', LOWER, /^\p{Ll}$/u],
  ['other letter', OTHER_LETTER, /^\p{Lo}$/u],
];

describe('charClass', () => {
  it('should agree with the Unicode property regexes on every BMP code point and a sample of astral ones', () => {
    // Every BMP code point (lone surrogates included) and every 61st astral one.
    const astral = Array.from({ length: Math.ceil((0x110000 - 0x10000) / 61) }, (_, i) => 0x10000 + i * 61);
    const points = [...Array(0x10000).keys(), 0x1d400, 0x1d41a, 0x1f600, 0x20000, 0x10400, 0x10428, 0xe0001, ...astral];
    for (const [name, bit, re] of PROPERTIES) {
      const wrong = points.filter((cp) => Boolean(charClass(cp) & bit) !== re.test(String.fromCodePoint(cp)));
      expect(wrong, name).toEqual([]);
    }
  });
  it("should give an ASCII letter its place in the alphabet, in either case, and every other code point 0", () => {
    const points = [...Array(0x10000).keys(), 0x1d400, 0x1f600, 0x10ffff];
    const place = (cp: number) => ('abcdefghijklmnopqrstuvwxyz'.indexOf(String.fromCharCode(cp).toLowerCase()) + 1) * +(cp < 0x80);
    expect(points.filter((cp) => ((charClass(cp) >>> ASCII_LETTER_SHIFT) & 31) !== place(cp))).toEqual([]);
    // A word trie steps on a word character's bits shifted, with no mask: no bit above the field may be set on one.
    expect(points.filter((cp) => charClass(cp) & WORD_CHAR && charClass(cp) >>> ASCII_LETTER_SHIFT !== place(cp))).toEqual([]);
  });
  it('should mark the sentence stops [.!?…।] and no other code point', () => {
    const points = [...Array(0x10000).keys(), 0x1d400, 0x1f600, 0x10ffff];
    const wrong = points.filter((cp) => Boolean(charClass(cp) & SENTENCE_STOP) !== /[.!?…।]/u.test(String.fromCodePoint(cp)));
    expect(wrong).toEqual([]);
  });
  it('should mark a character as cased exactly when it is not its own lower case', () => {
    for (const ch of ['A', 'É', 'Σ', 'İ', '𐐀', 'a', 'ß', '1', '’', 'न']) {
      expect(Boolean(charClass(ch.codePointAt(0)!) & CASED), ch).toBe(ch !== ch.toLowerCase());
    }
  });
});

describe('startsWithClass', () => {
  it('should answer as the regexes that test a first character do', () => {
    const texts = ['', 'Élan', 'élan', 'नमस्ते', '𝐀bc', '𐐨x', '@handle', '1st', ' Space', '\ud800x', 'ǅemal', 'ʰa'];
    for (const text of texts) {
      expect(startsWithClass(text, UPPER | OTHER_LETTER), text).toBe(/^[\p{Lu}\p{Lo}]/u.test(text));
      expect(startsWithClass(text, UPPER), text).toBe(/^\p{Lu}/u.test(text));
      expect(startsWithClass(text, LOWER), text).toBe(/^\p{Ll}/u.test(text));
    }
  });
});

describe('runEnd', () => {
  it('should end a run where the regex run would, stepping over astral letters whole', () => {
    const text = 'l’été 𝐀𝐁c d\u0301e 42x';
    for (let i = 0; i < text.length; i++) {
      const m = /^\p{L}+/u.exec(text.slice(i));
      expect(runEnd(text, i, LETTER), `at ${i}`).toBe(i + (m ? m[0].length : 0));
    }
  });
});
