/** Stage 2 for text dumps: every non-blank line becomes a block; blank lines become gaps. */
import { normalizeLine } from '../decode/normalize.js';
import type { Block } from './block.js';

export function textToBlocks(document: string): Block[] {
  const blocks: Block[] = [];
  let gap = true;
  let lineNumber = 0;
  let start = 0;
  // A manual scan instead of split(): one pass, no array of a million empty strings for huge inputs.
  while (start <= document.length) {
    let end = document.indexOf('\n', start);
    if (end === -1) end = document.length;
    lineNumber++;
    const text = normalizeLine(document.slice(start, end));
    if (text === '') {
      gap = true;
    } else {
      blocks.push({ index: blocks.length, text, line: lineNumber, gapBefore: gap });
      gap = false;
    }
    start = end + 1;
  }
  return blocks;
}
