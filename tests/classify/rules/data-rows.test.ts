import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/blocks/block.js';
import { textToBlocks } from '../../../src/blocks/text-blocks.js';
import { dataRows } from '../../../src/classify/rules/data-rows.js';
import { separatedLineShape } from '../../../src/classify/rules/line-shape.js';
import { THRESHOLDS as T } from '../../../src/classify/thresholds.js';
import { CORPUS_DIR } from '../../../eval/corpus.js';

/** dataRows as it was written before it skipped ahead: every block's shape asked, run by run. */
function formerDataRows(blocks: readonly Block[]): Set<number> {
  const rows = new Set<number>();
  const keep = (from: number, to: number, min: number) => {
    if (to - from >= min) for (let i = from; i < to; i++) rows.add(i);
  };
  const shapeAt = (i: number) => (blocks[i].text.length <= T.listTailMaxChars ? separatedLineShape(blocks[i].text) : null);
  for (let i = 0; i < blocks.length; ) {
    let end = i;
    while (end < blocks.length && blocks[end].cells !== undefined) end++;
    if (end > i) {
      keep(i, end, T.tableMinRows);
      i = end;
      continue;
    }
    const shape = shapeAt(i);
    while (shape !== null && end < blocks.length && shapeAt(end) === shape) end++;
    if (i > 0) keep(i, end, T.dataListMinRows);
    i = Math.max(end, i + 1);
  }
  return rows;
}

describe('data rows', () => {
  it('should find the rows the former run-by-run reading found, on every corpus page', () => {
    const pages = join(CORPUS_DIR, 'pages');
    const files = existsSync(pages) ? readdirSync(pages).filter((f) => f.endsWith('.txt')) : [];
    for (const f of files) {
      const blocks = textToBlocks(readFileSync(join(pages, f), 'utf8'));
      expect([...dataRows(blocks)], f).toEqual([...formerDataRows(blocks)]);
    }
  });

  it('should find the rows the former reading found, on pages built of list lines, menu lines and table rows', () => {
    // Lines of two list shapes, a shapeless line and a table row: runs of every length around the thresholds.
    const kinds = ['Round 1: March – Interlagos', 'june 9 -- Coral Sky', 'Plain menu line', 'Pos\tTeam\tPts'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let page = 0; page < 3000; page++) {
      const lines: string[] = [];
      const length = Math.floor(next() * 40);
      // Some pages have no table row, as most do, so the skip is taken; in long runs of one kind, now and then.
      const kindsHere = next() < 0.5 ? 3 : 4;
      while (lines.length < length) {
        const kind = kinds[Math.floor(next() * kindsHere)];
        const run = 1 + Math.floor(next() * 9);
        for (let k = 0; k < run; k++) lines.push(kind);
      }
      const blocks = textToBlocks(lines.join('\n'));
      expect([...dataRows(blocks)], lines.join(' / ')).toEqual([...formerDataRows(blocks)]);
    }
  });
});
