import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlatLines, flatCopy } from '../../src/blocks/flat-lines.js';
import { corpusLines } from '../corpus-lines.js';

/** Every line of `document` read through FlatLines, in order, with what slicing gives. */
function linesBoth(document: string): Array<[string, string]> {
  const lines = new FlatLines(document);
  const out: Array<[string, string]> = [];
  for (let start = 0; start <= document.length; ) {
    let end = document.indexOf('\n', start);
    if (end === -1) end = document.length;
    out.push([lines.slice(start, end), document.slice(start, end)]);
    start = end + 1;
  }
  return out;
}

describe('FlatLines', () => {
  it('should give each line the text slicing gives, on a page with and without characters above U+00FF', () => {
    const pages = [
      'plain ASCII\ncafé naïve ÿ\n\nlast',
      'curly ’quote’ here\nplain line after it\nÀ l’été\n\u00ff\u0100\n',
      'emoji 😀 splits a pair\nthen ascii\n😀\nend 😀',
      'a lone surrogate \ud83d here\nand \udc00 there\nfine',
      '\u0100 at the start\nÿÿÿ\n\u3000wide space\n',
    ];
    for (const page of pages) for (const [flat, sliced] of linesBoth(page)) expect(flat).toBe(sliced);
  });

  it('should give every unit from U+0000 to U+FFFF back, line by line', () => {
    let page = '';
    for (let unit = 0; unit <= 0xffff; unit++) page += unit === 0x0a ? ' ' : String.fromCharCode(unit) + (unit % 64 === 0 ? '\n' : '');
    for (const [flat, sliced] of linesBoth(page)) expect(flat).toBe(sliced);
  });
});

/** What nextSpacePair promises: from each start, no later than the first '  ' (length when none), at or after the start; exactly it without a wide unit ending in 0x20. */
function expectSpacePairs(document: string): void {
  const lines = new FlatLines(document);
  const exactly = !document.split('').some((unit) => unit.charCodeAt(0) > 0xff && (unit.charCodeAt(0) & 0xff) === 0x20);
  for (let from = 0; from <= document.length; from++) {
    const at = document.indexOf('  ', from);
    const first = at === -1 ? document.length : at;
    const found = lines.nextSpacePair(from);
    if (exactly) expect(found).toBe(first);
    else {
      expect(found).toBeGreaterThanOrEqual(from);
      expect(found).toBeLessThanOrEqual(first);
    }
  }
}

describe('FlatLines.nextSpacePair', () => {
  it("should find the first two spaces in a row from any start, as indexOf('  ') does", () => {
    const unit = fc.constantFrom('a', ' ', ' ', '  ', '\n', 'é', '’', '\u2020', '\u0120');
    fc.assert(fc.property(fc.array(unit, { maxLength: 24 }).map((us) => us.join('')), expectSpacePairs), { numRuns: 3000 });
    for (const page of ['', ' ', '  ', 'a  ', '  a', 'a \u2020b', '\u2020 ', ' \u2020\u2020', 'abc \n', 'abcdefg ']) expectSpacePairs(page);
    // What a longer page before left in the copy past the end is no pair.
    expectSpacePairs('x'.repeat(40) + '  '.repeat(40));
    expectSpacePairs('abc ');
    expectSpacePairs('abcdefg ');
  });

  it('should find the pair of every corpus line that has one, looking from its start', () => {
    const lines = corpusLines();
    const missed: string[] = [];
    for (let k = 0; k < lines.length; k += 200) {
      const document = lines.slice(k, k + 200).join('\n');
      const flat = new FlatLines(document);
      for (let start = 0, j = k; start <= document.length; start += lines[j].length + 1, j++) {
        if (lines[j].includes('  ') && flat.nextSpacePair(start) + 2 > start + lines[j].length) missed.push(lines[j]);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('flatCopy', () => {
  it('should copy a text unchanged, whether it fits in bytes or not', () => {
    for (const text of ['', 'a', 'plain', 'café', 'l’été', '😀', '\ud83d', 'x\u0100y']) expect(flatCopy(text)).toBe(text);
  });
});

describe('FlatLines.nextLineEnd', () => {
  it("should find the next line end from any start as indexOf('\\n') does, past wide units whose low byte is 0x0a", () => {
    const unit = fc.constantFrom('a', ' ', '\n', '\n', 'é', '’', '\u010a', '\u300a', '\u200a', '\u0a0a', '😀');
    const expectLineEnds = (document: string) => {
      const lines = new FlatLines(document);
      for (let from = 0; from <= document.length; from++) {
        const at = document.indexOf('\n', from);
        expect(lines.nextLineEnd(from)).toBe(at === -1 ? document.length : at);
      }
    };
    fc.assert(fc.property(fc.array(unit, { maxLength: 24 }).map((us) => us.join('')), expectLineEnds), { numRuns: 3000 });
    for (const page of ['', '\n', '\u010a', 'a\u300a\nb', '\u010a\u010a\n\n', 'x'.repeat(40) + '\n']) expectLineEnds(page);
  });
});
