/**
 * Data tables: a browser's innerText prints a table row as cells separated by tabs. One
 * such line is a layout accident; a run of them is a table, and a table inside an article
 * (standings, results, prices) is content that scores as short lines one by one.
 */
import type { Block } from '../../blocks/block.js';
import { THRESHOLDS as T } from '../thresholds.js';

/** Indexes of the blocks that are rows of a table at least `tableMinRows` long. */
export function tableRows(blocks: readonly Block[]): Set<number> {
  const rows = new Set<number>();
  let runStart = -1;
  const close = (end: number) => {
    if (runStart >= 0 && end - runStart >= T.tableMinRows) for (let i = runStart; i < end; i++) rows.add(i);
    runStart = -1;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].cells !== undefined) {
      if (runStart < 0) runStart = i;
    } else close(i);
  }
  close(blocks.length);
  return rows;
}
