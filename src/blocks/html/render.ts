/**
 * Lay a DOM tree out as lines of text the way a browser's innerText does:
 * block elements start and end lines (a paragraph leaves a blank line),
 * <br> breaks, table cells sit side by side, skipped and hidden elements
 * leave nothing. Each line keeps what the markup around it says.
 */
import type { AnyNode, Element } from 'domhandler';
import { normalizeDocument, normalizeLine } from '../../decode/normalize.js';
import { classHintsOf, MEANINGFUL_TAGS } from './hints.js';
import { BLOCK_TAGS, CELL_TAGS, isHidden, PARAGRAPH_TAG, SKIPPED_TAGS } from './layout.js';

export interface RenderedLine {
  text: string;
  /** The innermost block element around the line. */
  tag: string;
  /** Meaningful ancestor tags, nearest first (see hints.ts). */
  ancestors: string[];
  /** Nesting depth of the element each ancestor tag belongs to (the root element is 1). */
  ancestorDepths: number[];
  classHints: string[];
  /** Nesting depth of the element each class hint came from (the nearest, when several carry it). */
  hintDepths: number[];
  /** Share of the line's characters inside links. */
  linkDensity: number;
  /** A blank line (paragraph boundary or <br><br>) comes before it. */
  gapBefore: boolean;
}

/** Watches elements go by: metadata, embeds and credits are read this way, in the same single walk. */
export interface RenderObserver {
  /**
   * Called for every element, before it is laid out (after the line break a block element
   * starts with) and whether or not it is rendered. The function it returns, if any, is
   * called after the element (after the line break a block element ends with).
   */
  enter(el: Element, renderer: Renderer): ((renderer: Renderer) => void) | void;
}

type LineContext = Omit<RenderedLine, 'text' | 'linkDensity'>;

interface Frame {
  tag: string;
  block: boolean;
  meaningful: boolean;
  hints: string[];
}

// Deeper than this, unclosed inline tags (a <font> never closed, thousands of times) would
// overflow the call stack; what lies below is taken as plain text of the element at this depth.
const MAX_DEPTH = 400;
const NO_HINTS: string[] = [];
const WHITESPACE_RUNS = /[ \t\n\r\f]+/g;
// normalizeDocument turns U+2028 and friends into \n; inside one rendered line that is a space.
const LINE_END = /\n/g;

export class Renderer {
  readonly lines: RenderedLine[] = [];
  private text = '';
  private linkChars = 0;
  private pendingBreaks = 2;
  private context: LineContext | null = null;
  private readonly stack: Frame[] = [];
  private linkDepth = 0;
  private preDepth = 0;

  constructor(private readonly observer: RenderObserver | null) {}

  render(nodes: readonly AnyNode[]): RenderedLine[] {
    for (const node of nodes) this.visit(node, 0);
    this.flush();
    return this.lines;
  }

  /** How many elements are open around the current position. */
  get depth(): number {
    return this.stack.length;
  }

  /** Index of the line that holds the most recent text (the line being built, or the last one). */
  currentLine(): number {
    return this.text.trim() !== '' ? this.lines.length : this.lines.length - 1;
  }

  private visit(node: AnyNode, depth: number): void {
    if (node.type === 'text') {
      this.addText((node as unknown as { data: string }).data);
      return;
    }
    if (!isElement(node)) return;
    const el = node;
    const tag = el.name;
    const block = BLOCK_TAGS.has(tag);
    const breaks = tag === PARAGRAPH_TAG ? 2 : 1;
    if (block) this.breakLine(breaks);
    const exit = this.observer?.enter(el, this);
    if (!SKIPPED_TAGS.has(tag) && !isHidden(el)) {
      if (tag === 'br') this.lineBreak();
      else this.visitChildren(el, tag, block, depth);
    }
    if (block) this.breakLine(breaks);
    if (exit) exit(this);
  }

  private visitChildren(el: Element, tag: string, block: boolean, depth: number): void {
    // The classes of <html> and <body> describe the page ("has-sidebar", "single-post"), not a region of it.
    const hints = tag === 'html' || tag === 'body' ? NO_HINTS : classHintsOf(el.attribs.class, el.attribs.id);
    this.stack.push({ tag, block, meaningful: MEANINGFUL_TAGS.has(tag), hints });
    if (tag === 'a') this.linkDepth++;
    if (tag === 'pre') this.preDepth++;
    if (depth >= MAX_DEPTH) this.addText(flatText(el));
    else for (const child of el.children) this.visit(child, depth + 1);
    if (tag === 'a') this.linkDepth--;
    if (tag === 'pre') this.preDepth--;
    if (CELL_TAGS.has(tag) && this.text !== '') this.text += ' ';
    this.stack.pop();
  }

  private addText(data: string): void {
    if (this.preDepth > 0 && data.includes('\n')) {
      const parts = data.split(/\r?\n/);
      parts.forEach((part, k) => {
        if (k > 0) this.lineBreak();
        this.append(part);
      });
      return;
    }
    this.append(data.replace(WHITESPACE_RUNS, ' '));
  }

  private append(text: string): void {
    if (this.text === '') {
      if (text.trim() === '') return;
      this.context = this.captureContext();
      this.pendingBreaks = 0;
    }
    this.text += text;
    if (this.linkDepth > 0) this.linkChars += text.length;
  }

  /** A <br> (or a newline in <pre>): ends the line; two in a row leave a blank line. */
  private lineBreak(): void {
    if (this.text.trim() !== '') this.flush();
    else this.pendingBreaks = Math.min(2, this.pendingBreaks + 1);
    if (this.pendingBreaks < 1) this.pendingBreaks = 1;
  }

  private breakLine(breaks: number): void {
    this.flush();
    if (breaks > this.pendingBreaks) this.pendingBreaks = breaks;
  }

  private flush(): void {
    if (this.text === '' || this.context === null) return;
    const text = normalizeLine(normalizeDocument(this.text).replace(LINE_END, ' '));
    if (text !== '') {
      const density = this.text.length ? Math.min(1, this.linkChars / this.text.length) : 0;
      this.lines.push({ ...this.context, text, linkDensity: Math.round(density * 100) / 100 });
    }
    this.text = '';
    this.linkChars = 0;
    this.context = null;
  }

  private captureContext(): LineContext {
    let tag = 'body';
    let holderFound = false;
    const ancestors: string[] = [];
    const ancestorDepths: number[] = [];
    const classHints: string[] = [];
    const hintDepths: number[] = [];
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const f = this.stack[k];
      if (!holderFound && f.block) {
        tag = f.tag;
        holderFound = true;
      } else if (holderFound && f.meaningful) {
        ancestors.push(f.tag);
        ancestorDepths.push(k + 1);
      }
      for (const h of f.hints) {
        if (classHints.includes(h)) continue;
        classHints.push(h);
        hintDepths.push(k + 1);
      }
    }
    return { tag, ancestors, ancestorDepths, classHints, hintDepths, gapBefore: this.pendingBreaks >= 2 };
  }
}

/** All text under an element, without layout (skipped elements below it left out). */
export function flatText(root: AnyNode): string {
  let out = '';
  const todo: AnyNode[] = [root];
  while (todo.length) {
    const node = todo.pop()!;
    if (node.type === 'text') out += (node as unknown as { data: string }).data;
    else if (isElement(node) && node.name === 'br') out += '\n';
    else if (isElement(node) && (node === root || !SKIPPED_TAGS.has(node.name))) {
      const children = node.children;
      for (let k = children.length - 1; k >= 0; k--) todo.push(children[k]);
    }
  }
  return out;
}

/** domhandler gives <script> and <style> their own node types; they are elements all the same. */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}
