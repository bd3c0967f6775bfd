import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsNormalizing, normalizeDocument } from '../../src/decode/normalize.js';

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
