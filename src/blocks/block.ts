/**
 * A block is the unit every later stage classifies: one line of a text dump,
 * or one rendered line of an HTML page, in reading order.
 */
export interface Block {
  /** Position among the page's blocks, from 0. */
  index: number;
  /** Normalised text (spaces collapsed, trimmed, never empty). */
  text: string;
  /** 1-based line of the decoded input where the block starts (text path), or its order (HTML path). */
  line: number;
  /** A blank line (or a block boundary in HTML) separates it from the previous block. */
  gapBefore: boolean;
  /** Cells, when the line is a table row (innerText separates cells with tabs); at least 2. */
  cells?: number;
  /** What the markup says about the block; only on the HTML path. */
  markup?: MarkupHints;
}

export interface MarkupHints {
  /** The element that holds the text, lower-case ("p", "h1", "li", "figcaption", …). */
  tag: string;
  /** Tag names of the ancestors that matter for classification, nearest first. */
  ancestors: string[];
  /** Share of the block's characters inside links, 0..1. */
  linkDensity: number;
  /** Words found in class/id attributes of the element and its ancestors ("related", "share", …). */
  classHints: string[];
  /** Inside the element that holds most of the page's prose (html/content-root.ts). */
  inContentRoot: boolean;
}

/**
 * A block with every field present, absent ones undefined: blocks of both paths and of table rows
 * then share one object shape, so the rules that read them stay monomorphic (V8 deoptimised
 * classify() when a batch met blocks of a second shape).
 */
export function newBlock(index: number, text: string, line: number, gapBefore: boolean, cells: number | undefined, markup: MarkupHints | undefined): Block {
  return { index, text, line, gapBefore, cells, markup };
}
