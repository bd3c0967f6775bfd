/** Stage 2 for text dumps: every non-blank line becomes a block; blank lines become gaps. */
import { changedUnitsInLines, normalizeDocument, normalizedUnit, normalizeLine } from '../decode/normalize.js';
import { PagesiftError } from '../errors.js';
import { isWhiteSpace } from '../features/char-class.js';
import { newBlock, type Block } from './block.js';
import { cutLongBlock, MAX_BLOCK_CHARS } from './long-blocks.js';
import { FlatLines, flatCopy } from './flat-lines.js';

// Most blocks one page may have. A news page has a few hundred (median 169 lines in ../shared/corpus);
// every block costs ~0.8 kB through classification, so 50 MB of short lines (~6 million) would need
// over 4 GB and end in an out-of-memory crash instead of an answer. A million take ~5 s and <1 GB.
export const MAX_BLOCKS = 1_000_000;

/**
 * textToBlocks(normalizeDocument(raw, { keepTabs: true })) without the normalised copy of the whole page (~17 kB a page):
 * where normalisation changes no line end (always but for \r, U+2028, U+2029, U+0085), the lines are the raw text's,
 * and only the few that hold a unit it changes (about 7 a page, most of them NBSP) are normalised, alone.
 */
export function rawTextToBlocks(raw: string): Block[] {
  const changed = changedUnitsInLines(raw);
  return changed === null ? textToBlocks(normalizeDocument(raw, { keepTabs: true })) : textToBlocks(raw, changed);
}

/**
 * The blocks of a document normalised by normalizeDocument (tabs kept), except at the positions `changed` lists in
 * order, units normalisation would replace or drop inside their lines (changedUnitsInLines).
 */
export function textToBlocks(document: string, changed: readonly number[] = NONE_CHANGED): Block[] {
  const blocks: Block[] = [];
  // The first of `changed` at or after the line's start.
  let nextChanged = 0;
  let gap = true;
  let lineNumber = 0;
  let start = 0;
  const lines = new FlatLines(document);
  // Tabs and double spaces are looked for in the document, each found once, instead of in every line: the first at or
  // after the line's start, the document's length when none is left. A line holds one when that one ends inside it.
  let nextTab = -1;
  let nextDoubleSpace = -1;
  // A manual scan instead of split(): one pass, no array of a million empty strings for huge inputs.
  while (start <= document.length) {
    const end = lines.nextLineEnd(start);
    lineNumber++;
    let text = '';
    let cells = 0;
    while (nextChanged < changed.length && changed[nextChanged] < start) nextChanged++;
    if (nextChanged < changed.length && changed[nextChanged] < end) {
      // A line that holds a unit normalisation changes, as normalising the whole document leaves it: its pieces between
      // those units, each made a space or dropped, with no scan of the line. Then as any other line, always copied (the
      // raw line held a unit that is gone).
      let line = '';
      let from = start;
      for (; nextChanged < changed.length && changed[nextChanged] < end; nextChanged++) {
        const at = changed[nextChanged];
        line += document.slice(from, at) + normalizedUnit(document[at]);
        from = at + 1;
      }
      line += document.slice(from, end);
      if (line.includes('\t')) {
        cells = tableCells(line);
        text = flatCopy(normalizeLine(line.replace(TABS, ' ')));
      } else {
        text = flatCopy(normalizeLine(line));
      }
    } else if (end > start) {
      const flat = lines.slice(start, end);
      let normalized = flat;
      if (nextTab < start) nextTab = nextOccurrence(document, '\t', start);
      if (nextDoubleSpace < start) nextDoubleSpace = lines.nextSpacePair(start);
      if (nextTab < end) {
        cells = tableCells(flat);
        normalized = normalizeLine(flat.replace(TABS, ' '));
      } else if (nextDoubleSpace + 2 <= end || isWhiteSpace(document.charCodeAt(start)) || isWhiteSpace(document.charCodeAt(end - 1))) {
        normalized = normalizeLine(flat);
      } // else normalizeLine would give the line back: it has no run of spaces to collapse and no white space (what trim() removes) to trim
      // A line that a replacement or the trim changed (a few in a hundred) is copied again: trimmed, it would be a slice.
      text = normalized === flat ? flat : flatCopy(normalized);
    }
    if (text === '') {
      gap = true;
    } else if (text.length <= MAX_BLOCK_CHARS) {
      // What the loop below does for a line cutLongBlock gives back whole, without the array of one it makes.
      if (blocks.length === MAX_BLOCKS) throw tooManyBlocks();
      blocks.push(newBlock(blocks.length, text, lineNumber, gap, cells >= 2 ? cells : undefined, undefined));
      gap = false;
    } else {
      const pieces = cutLongBlock(text);
      for (const piece of pieces) {
        if (blocks.length === MAX_BLOCKS) throw tooManyBlocks();
        blocks.push(newBlock(blocks.length, piece, lineNumber, gap, cells >= 2 && pieces.length === 1 ? cells : undefined, undefined));
        gap = false;
      }
    }
    start = end + 1;
  }
  return blocks;
}

/** Where `part` occurs in `text` first at or after `from`; the text's length when it does not. */
function nextOccurrence(text: string, part: string, from: number): number {
  const at = text.indexOf(part, from);
  return at === -1 ? text.length : at;
}


const TABS = /\t/g;
const NONE_CHANGED: readonly number[] = [];

/** Cells of a table row as innerText prints it: non-blank runs between tabs. */
function tableCells(line: string): number {
  let cells = 0;
  for (const cell of line.split('\t')) if (cell.trim() !== '') cells++;
  return cells;
}

export function tooManyBlocks(): PagesiftError {
  return new PagesiftError('INPUT_TOO_LARGE', `input has over ${MAX_BLOCKS} lines of text, far more than one page (is it a whole site or a log?)`);
}
