import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/blocks/block.js';
import { MAX_BLOCK_CHARS } from '../../src/blocks/long-blocks.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawTextToBlocks, textToBlocks } from '../../src/blocks/text-blocks.js';
import { normalizeDocument, normalizeLine } from '../../src/decode/normalize.js';
import { CORPUS_DIR } from '../../eval/corpus.js';

// Its contract line by line: tabs to spaces (a row's cells counted first), normalizeLine, a blank line a gap.
function reference(document: string) {
  const blocks = [];
  let gap = true;
  for (const [k, line] of document.split('\n').entries()) {
    const cells = line.split('\t').filter((cell) => cell.trim() !== '').length;
    const text = normalizeLine(line.replace(/\t/g, ' '));
    if (text === '') gap = true;
    else blocks.push(newBlock(blocks.length, text, k + 1, gap, line.includes('\t') && cells >= 2 ? cells : undefined, undefined));
    if (text !== '') gap = false;
  }
  return blocks;
}

describe('textToBlocks', () => {
  it('should make one block per non-blank line, with gaps where blank lines were', () => {
    expect(textToBlocks('one\ntwo\n\n  three  \n')).toEqual([
      { index: 0, text: 'one', line: 1, gapBefore: true },
      { index: 1, text: 'two', line: 2, gapBefore: false },
      { index: 2, text: 'three', line: 4, gapBefore: true },
    ]);
  });

  it('should count the cells of a tab-separated table row and print it with spaces', () => {
    expect(textToBlocks('Pos.\tDriver\t\tPoints\nplain line')).toEqual([
      { index: 0, text: 'Pos. Driver Points', line: 1, gapBefore: true, cells: 3 },
      { index: 1, text: 'plain line', line: 2, gapBefore: false },
    ]);
  });

  it('should normalise each line as normalizeLine does, whatever white space a document mixes', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '中', ' ', '  ', '\t', '\n', '\n', '\u00a0', '\r', '\u3000', '\u2028'), { maxLength: 16 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(textToBlocks(t)).toEqual(reference(t));
    }), { numRuns: 3000 });
  });

  it('should cut an overlong line after the last sentence end that fits', () => {
    const sentence = 'A sentence of exactly fifty characters, give or ta. ';
    const line = sentence.repeat(Math.ceil((MAX_BLOCK_CHARS * 1.5) / sentence.length)).trim();
    const blocks = textToBlocks(line);
    expect(blocks.length).toBe(2);
    expect(blocks[0].text.endsWith('ta.')).toBe(true);
    expect(blocks[0].text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(blocks.map((b) => b.text).join(' ')).toBe(line);
    expect(blocks.map((b) => [b.line, b.gapBefore])).toEqual([[1, true], [1, false]]);
  });

  it('should cut at a space when no sentence ends near the limit', () => {
    const line = 'word '.repeat(MAX_BLOCK_CHARS / 2).trim();
    const blocks = textToBlocks(line);
    expect(blocks.every((b) => /^word( word)*$/.test(b.text))).toBe(true);
    expect(blocks.map((b) => b.text).join(' ')).toBe(line);
  });

  it('should cut a line without spaces at the limit', () => {
    const blocks = textToBlocks('x'.repeat(MAX_BLOCK_CHARS * 2 + 1));
    expect(blocks.map((b) => b.text.length)).toEqual([MAX_BLOCK_CHARS, MAX_BLOCK_CHARS, 1]);
  });
});

describe('rawTextToBlocks', () => {
  const whole = (raw: string) => textToBlocks(normalizeDocument(raw, { keepTabs: true }));

  it('should give the blocks of the whole document normalised, whatever units normalisation changes a line holds', () => {
    const units = ['a', 'é', '中', ' ', '  ', '\t', '\n', '\n', '\u00a0', '\u2009', '\u3000', '\u200b', '\ufeff', '\u00ad', '\u0000', '\f', '\v', '\u202e', '\r', '\r\n', '\u2028', '\u0085'];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 20 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(rawTextToBlocks(t)).toEqual(whole(t));
    }), { numRuns: 4000 });
  });

  it('should give the blocks of the whole document normalised for every corpus text page', () => {
    const dir = join(CORPUS_DIR, 'pages');
    const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
    for (const page of pages) {
      const raw = readFileSync(join(dir, page), 'utf8');
      expect(rawTextToBlocks(raw)).toEqual(whole(raw));
    }
  });
});
