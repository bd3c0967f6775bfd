import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsNormalizing, normalizeDocument, normalizeInline, normalizeLine } from '../../src/decode/normalize.js';

// Plain text plus every kind of character normalisation touches, and neighbours that it must not.
const CHARS = ['a', ' ', '\n', '\r', '\t', '\f', '\v', '\u00A0', '\u2003', '\u3000', '\u200B', '\uFEFF', '\u202E', '\u00AD',
  '\u0000', '\u001F', '\u007F', '\u2028', '\u2029', '\u0085', 'é', '—', '中'];

describe('needsNormalizing', () => {
  it('should be true exactly when normalizeDocument would change the text', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => needsNormalizing(t) === (normalizeDocument(t) !== t)), { numRuns: 2000 });
  });

  it('should leave plain text with line breaks alone', () => {
    expect(needsNormalizing('One line.\nAnother — with é and 中.')).toBe(false);
  });
});

describe('normalizeInline', () => {
  it('should give what normalizeDocument, collapsing white space and normalizeLine give', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));
    const slow = (t: string) => normalizeDocument(t).replace(/\s+/g, ' ').replace(/ {2,}/g, ' ').trim();
    fc.assert(fc.property(text, (t) => normalizeInline(t) === slow(t)), { numRuns: 5000 });
  });
});

describe('normalizeLine', () => {
  it('should collapse space runs and trim', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => normalizeLine(t) === t.replace(/ {2,}/g, ' ').trim()), { numRuns: 2000 });
  });
});
