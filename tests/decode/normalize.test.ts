import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedUnitsInLines, isLineEndStart, needsNormalizing, normalizeDocument, normalizeInline, normalizeLine } from '../../src/decode/normalize.js';

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

describe('normalizeDocument', () => {
  // Its contract written out as the four replacements, each run whether or not it finds anything.
  const reference = (t: string, keepTabs: boolean) =>
    t
      .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD]/g, '')
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
      .replace(keepTabs ? /[\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g : /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');

  it('should make the four replacements, with tabs kept or not, whichever characters a text mixes', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (t, keepTabs) => normalizeDocument(t, { keepTabs }) === reference(t, keepTabs)),
      { numRuns: 3000 },
    );
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

describe('isLineEndStart', () => {
  it('should hold for every unit that normalisation reads as a line end, and for no other', () => {
    const lineEnd = /^(?:\r\n?|\u2028|\u2029|\u0085)$/;
    for (let unit = 0; unit <= 0xffff; unit++) expect(isLineEndStart(unit)).toBe(lineEnd.test(String.fromCharCode(unit)));
  });
});

describe('changedUnitsInLines', () => {
  it('should list where normalisation replaces or drops a unit, or answer null when one is a line end', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => {
      const changed = changedUnitsInLines(t);
      const units = [...t].length === t.length ? t.split('') : [];
      const lineEnd = units.some((u) => isLineEndStart(u.charCodeAt(0)));
      if (lineEnd) return changed === null;
      const expected = units.flatMap((u, i) => (normalizeDocument(u, { keepTabs: true }) !== u ? [i] : []));
      return JSON.stringify(changed) === JSON.stringify(expected);
    }), { numRuns: 3000 });
  });
});
