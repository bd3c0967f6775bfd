/** Stage 2 for text dumps: every non-blank line becomes a block; blank lines become gaps. */
import { normalizeLine } from '../decode/normalize.js';
import { PagesiftError } from '../errors.js';
import type { Block } from './block.js';

// Longest block kept whole. Real paragraphs stay far below it (the longest line in ../shared/corpus
// has 3,731 characters), but later stages compare a block with itself (each quote against the text
// before it), so one pathological multi-megabyte line would cost time in the square of its length.
export const MAX_BLOCK_CHARS = 10_000;
// Most blocks one page may have. A news page has a few hundred (median 169 lines in ../shared/corpus);
// every block costs ~0.8 kB through classification, so 50 MB of short lines (~6 million) would need
// over 4 GB and end in an out-of-memory crash instead of an answer. A million take ~5 s and <1 GB.
export const MAX_BLOCKS = 1_000_000;
// A cut looks back at most half a block for a sentence end or a space, so no piece is shorter than this.
const MIN_PIECE_CHARS = MAX_BLOCK_CHARS / 2;

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
      for (const piece of pieces(text)) {
        if (blocks.length === MAX_BLOCKS) throw tooManyBlocks();
        blocks.push({ index: blocks.length, text: piece, line: lineNumber, gapBefore: gap });
        gap = false;
      }
    }
    start = end + 1;
  }
  return blocks;
}

function tooManyBlocks(): PagesiftError {
  return new PagesiftError('INPUT_TOO_LARGE', `input has over ${MAX_BLOCKS} lines of text, far more than one page (is it a whole site or a log?)`);
}

/** A line cut into blocks of at most MAX_BLOCK_CHARS: after a sentence end, else at a space, else anywhere. */
function pieces(line: string): string[] {
  if (line.length <= MAX_BLOCK_CHARS) return [line];
  const out: string[] = [];
  let start = 0;
  while (line.length - start > MAX_BLOCK_CHARS) {
    const cut = cutPoint(line, start);
    const piece = line.slice(start, cut).trim();
    if (piece !== '') out.push(piece);
    start = cut;
  }
  const rest = line.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

const SENTENCE_END = /[.!?。！？]/;

function cutPoint(line: string, start: number): number {
  const limit = start + MAX_BLOCK_CHARS;
  const floor = start + MIN_PIECE_CHARS;
  let space = -1;
  // Bounded by floor on purpose: lastIndexOf(' ', limit) would scan back to the line's start
  // on every cut, quadratic in a multi-megabyte line without spaces.
  for (let i = limit; i > floor; i--) {
    if (line[i] !== ' ') continue;
    if (SENTENCE_END.test(line[i - 1])) return i;
    if (space === -1) space = i;
  }
  if (space !== -1) return space;
  // Never between the two halves of a surrogate pair.
  const code = line.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}
