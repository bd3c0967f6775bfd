/**
 * Data rows: lines that are rows of a table or of a long list of one shape. Each scores as a
 * short line on its own; together they are content (standings, results, a calendar, prices).
 *  - a table: innerText prints a row as cells separated by tabs; one tabbed line is a layout
 *    accident, a run of them is a table;
 *  - a data list: many consecutive lines of one marked shape with a separator
 *    ("1a etapa: 10 de março – Interlagos") after some other line (a title, "Tour dates:");
 *    menus have no separators, teaser lists no common shape, and a dump that opens with such
 *    a list is a page of links (an article page opens with its header).
 */
import type { Block } from '../../blocks/block.js';
import { THRESHOLDS as T } from '../thresholds.js';
import { separatedLineShape } from './line-shape.js';

/** Indexes of the blocks that are rows of a table or of a data list. */
export function dataRows(blocks: readonly Block[]): Set<number> {
  const rows = new Set<number>();
  const keep = (from: number, to: number, min: number) => {
    if (to - from >= min) for (let i = from; i < to; i++) rows.add(i);
  };
  // Each block's list shape, read once: the block a run stops at is where the next run starts. One slot per block,
  // so no read is past the array's end (which deoptimised dataRows once per worker).
  const shapes = new Array<string | null | undefined>(blocks.length);
  const shapeAt = (i: number): string | null => (shapes[i] === undefined ? (shapes[i] = listShape(blocks[i].text)) : shapes[i]!);
  let anyCells = false;
  for (let i = 0; i < blocks.length && !anyCells; i++) anyCells = blocks[i].cells !== undefined;
  // Without table rows, the runs below are the maximal runs of one shape (a block with none a run of its own), and
  // only a data list of dataListMinRows blocks is kept: so when the block that many blocks on from a run's start has
  // no shape, no run up to it is kept and it is a run of its own; the next run starts after it. Most lines have no
  // shape, and the blocks skipped over are never asked theirs.
  const skip = anyCells ? 0 : T.dataListMinRows - 1;
  for (let i = 0; i < blocks.length; ) {
    if (skip > 0) {
      const probe = i + skip;
      if (probe >= blocks.length) break; // too few blocks left for a list
      if (shapeAt(probe) === null) {
        i = probe + 1;
        continue;
      }
    }
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

/** The shape of a list line with a separator in it, or null for any other line. */
function listShape(text: string): string | null {
  return text.length <= T.listTailMaxChars ? separatedLineShape(text) : null;
}
