/**
 * Overlong blocks cut into pieces. Real paragraphs stay far below MAX_BLOCK_CHARS, but later
 * stages compare a block with itself (each quote against the text before it, attribution phrases
 * inside it), so one pathological multi-megabyte line would cost time in the square of its length.
 * Every reader of blocks should pass its text through cutLongBlock().
 */

// Longest block kept whole: the longest line in ../shared/corpus has 3,731 characters.
export const MAX_BLOCK_CHARS = 10_000;
// A cut looks back at most half a block for a sentence end or a space, so no piece is shorter than this.
const MIN_PIECE_CHARS = MAX_BLOCK_CHARS / 2;

/** A line cut into blocks of at most MAX_BLOCK_CHARS: after a sentence end, else at a space, else anywhere. */
export function cutLongBlock(line: string): string[] {
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
