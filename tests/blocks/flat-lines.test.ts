import { describe, expect, it } from 'vitest';
import { FlatLines, flatCopy } from '../../src/blocks/flat-lines.js';

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

describe('flatCopy', () => {
  it('should copy a text unchanged, whether it fits in bytes or not', () => {
    for (const text of ['', 'a', 'plain', 'café', 'l’été', '😀', '\ud83d', 'x\u0100y']) expect(flatCopy(text)).toBe(text);
  });
});
