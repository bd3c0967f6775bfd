/**
 * Lay an HTML page out as lines of text the way a browser's innerText does:
 * block elements start and end lines (a paragraph leaves a blank line),
 * <br> breaks, table cells sit side by side, skipped and hidden elements
 * leave nothing. Each line keeps what the markup around it says.
 *
 * Driven by the parser's events (parse.ts), in document order, so the page is
 * never built into a tree: an element is laid out between its open and close
 * events, and one that is not rendered only costs a counter until it closes.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Handler } from 'htmlparser2';
import { needsNormalizing, normalizeDocument, normalizeLine } from '../../decode/normalize.js';
import { cutLongBlock } from '../long-blocks.js';
import { MAX_BLOCKS, tooManyBlocks } from '../text-blocks.js';
import { classHintsOf, MEANINGFUL_TAGS } from './hints.js';
import { BLOCK_TAGS, CELL_TAGS, isHidden, PARAGRAPH_TAG, SKIPPED_TAGS } from './layout.js';
import { isWhitespace } from './scanner.js';
import { Subtree } from './subtree.js';

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

/** An element as the walk sees it when it opens: its tag and attributes, not yet its content. */
export interface OpenElement {
  name: string;
  attribs: Record<string, string>;
  parent: OpenElement | null;
  /** The hint words its class and id carry (hints.ts). */
  classHints: string[];
}

/** Called after an element (after the line break a block element ends with). */
export type Exit = (renderer: Renderer) => void;

/** Watches elements go by: metadata, embeds and credits are read this way, in the same single walk. */
export interface RenderObserver {
  /** The only elements it watches, by tag name; every element when absent. */
  readonly tags?: ReadonlySet<string>;
  /**
   * Called for every element, before it is laid out (after the line break a block element
   * starts with) and whether or not it is rendered. Call renderer.keepSubtree() here to
   * read the element's content in the exit function returned.
   */
  enter(el: OpenElement, renderer: Renderer): Exit | void;
  /**
   * Called after every element enter() was called for, after the exit functions: for an observer
   * that reads every element's end, cheaper than an exit function per element.
   */
  exit?(el: OpenElement, renderer: Renderer): void;
}

/** The observers of one tag name: all that watch it, and those among them with an exit method. */
interface Watchers {
  entering: readonly RenderObserver[];
  exiting: readonly RenderObserver[];
}

type LineContext = Omit<RenderedLine, 'text' | 'linkDensity'>;

/** An element the walk entered (its ancestors all rendered), until it closes. */
interface Frame extends OpenElement {
  parent: Frame | null;
  block: boolean;
  /** Its content is laid out: it is on the layout stack. */
  laidOut: boolean;
  meaningful: boolean;
  /** The class hints its lines inherit. */
  hints: string[];
  exits: Exit[] | null;
  /** The observers to call when it closes (RenderObserver.exit). */
  exiting: readonly RenderObserver[];
  /** Below MAX_DEPTH: its content is added as plain text when it closes. */
  flat: Subtree | null;
}

// Deeper than this, unclosed inline tags (a <font> never closed, thousands of times) would
// make every line carry thousands of ancestors; what lies below is taken as plain text of the
// element at this depth.
const MAX_DEPTH = 400;
const NO_HINTS: string[] = [];
const WHITESPACE_RUNS = /[ \t\n\r\f]+/g;
const NON_SPACE = /\S/;
// normalizeDocument turns U+2028 and friends into \n; inside one rendered line that is a space.
const LINE_END = /\n/g;

export class Renderer implements Partial<Handler> {
  readonly lines: RenderedLine[] = [];
  private text = '';
  private linkChars = 0;
  private pendingBreaks = 2;
  private context: LineContext | null = null;
  /** Every element entered and not yet closed, outermost first. */
  private readonly open: Frame[] = [];
  /** The entered elements whose content is being laid out. */
  private readonly stack: Frame[] = [];
  private linkDepth = 0;
  private preDepth = 0;
  /** Inside an element whose content is not laid out: how many elements are open from it down. */
  private ignored = 0;
  /** Text of consecutive text events: one text node of the page. */
  private pendingText = '';
  private readonly subtrees: Subtree[] = [];
  private entering: OpenElement | null = null;
  /** The observers that watch each tag name seen, in their order: most elements concern only a few. */
  private readonly observersByTag = new Map<string, Watchers>();

  constructor(private readonly observers: readonly RenderObserver[]) {}

  /** The lines laid out, once the parser has ended. */
  result(): RenderedLine[] {
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

  /** Run `exit` when an element still open closes (an observer that learns late that it wants the end of an ancestor). */
  onClose(el: OpenElement, exit: Exit): void {
    const frame = el as Frame;
    (frame.exits ??= []).push(exit);
  }

  /** From an observer's enter(): build the element's subtree, complete when its exit runs. */
  keepSubtree(): Subtree {
    const el = this.entering!;
    const subtree = new Subtree(el.name, el.attribs);
    this.subtrees.push(subtree);
    return subtree;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    this.flushText();
    if (this.subtrees.length) for (const s of this.subtrees) s.onopentag(name, attribs);
    if (this.ignored > 0) {
      this.ignored++;
      return;
    }
    const depth = this.open.length;
    const block = BLOCK_TAGS.has(name);
    if (block) this.breakLine(name === PARAGRAPH_TAG ? 2 : 1);
    const parent = depth > 0 ? this.open[depth - 1] : null;
    const classHints = classHintsOf(attribs.class, attribs.id);
    const watchers = this.observersOf(name);
    const frame: Frame = {
      name, attribs, parent, classHints, block, laidOut: false, meaningful: false, hints: NO_HINTS, exits: null,
      exiting: watchers.exiting, flat: null,
    };
    this.entering = frame;
    for (const o of watchers.entering) {
      const exit = o.enter(frame, this);
      if (exit) (frame.exits ??= []).push(exit);
    }
    this.entering = null;
    this.open.push(frame);
    if (SKIPPED_TAGS.has(name) || isHidden(frame)) {
      this.ignored = 1;
    } else if (name === 'br') {
      this.lineBreak();
      this.ignored = 1;
    } else {
      this.layOut(frame, depth);
    }
  }

  ontext(data: string): void {
    if (this.subtrees.length) for (const s of this.subtrees) s.ontext(data);
    if (this.ignored === 0) this.pendingText += data;
  }

  oncomment(data: string): void {
    this.flushText();
    for (const s of this.subtrees) s.oncomment(data);
  }

  oncommentend(): void {
    for (const s of this.subtrees) s.oncommentend();
  }

  onprocessinginstruction(name: string, data: string): void {
    this.flushText();
    for (const s of this.subtrees) s.onprocessinginstruction(name, data);
  }

  onclosetag(): void {
    this.flushText();
    if (this.subtrees.length) this.closeSubtrees();
    if (this.ignored > 1) {
      this.ignored--;
      return;
    }
    this.ignored = 0;
    const frame = this.open.pop()!;
    if (frame.laidOut) this.endLayout(frame);
    if (frame.block) this.breakLine(frame.name === PARAGRAPH_TAG ? 2 : 1);
    if (frame.exits) for (const exit of frame.exits) exit(this);
    for (const o of frame.exiting) o.exit!(frame, this);
  }

  onend(): void {
    this.flushText();
    this.flush();
  }

  private observersOf(tag: string): Watchers {
    let watchers = this.observersByTag.get(tag);
    if (watchers === undefined) {
      const entering = this.observers.filter((o) => !o.tags || o.tags.has(tag));
      watchers = { entering, exiting: entering.filter((o) => o.exit !== undefined) };
      this.observersByTag.set(tag, watchers);
    }
    return watchers;
  }

  private layOut(frame: Frame, depth: number): void {
    const tag = frame.name;
    // The classes of <html> and <body> describe the page ("has-sidebar", "single-post"), not a region of it.
    frame.hints = tag === 'html' || tag === 'body' ? NO_HINTS : frame.classHints;
    frame.meaningful = MEANINGFUL_TAGS.has(tag);
    frame.laidOut = true;
    this.stack.push(frame);
    if (tag === 'a') this.linkDepth++;
    if (tag === 'pre') this.preDepth++;
    if (depth >= MAX_DEPTH) {
      this.entering = frame;
      frame.flat = this.keepSubtree();
      this.entering = null;
      this.ignored = 1;
    }
  }

  private endLayout(frame: Frame): void {
    const tag = frame.name;
    if (frame.flat) this.addText(flatText(frame.flat.element));
    if (tag === 'a') this.linkDepth--;
    if (tag === 'pre') this.preDepth--;
    if (CELL_TAGS.has(tag) && this.text !== '') this.text += ' ';
    this.stack.pop();
  }

  private closeSubtrees(): void {
    for (const s of this.subtrees) s.onclosetag();
    for (let k = this.subtrees.length - 1; k >= 0; k--) if (this.subtrees[k].closed) this.subtrees.splice(k, 1);
  }

  private flushText(): void {
    if (this.pendingText === '') return;
    const data = this.pendingText;
    this.pendingText = '';
    this.addText(data);
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
    // Before any text on the line, white space (the indentation between tags) lays out as nothing.
    if (this.text === '' && !NON_SPACE.test(data)) return;
    this.append(collapseWhitespace(data));
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
    const raw = this.text;
    const text = normalizeLine(needsNormalizing(raw) || raw.includes('\n') ? normalizeDocument(raw).replace(LINE_END, ' ') : raw);
    if (text !== '') {
      const density = this.text.length ? Math.min(1, this.linkChars / this.text.length) : 0;
      // Overlong lines are cut like the text path's (long-blocks.ts), so later stages stay linear.
      for (const piece of cutLongBlock(text)) {
        if (this.lines.length === MAX_BLOCKS) throw tooManyBlocks();
        const c = this.context;
        this.lines.push({
          text: piece, tag: c.tag, ancestors: c.ancestors, ancestorDepths: c.ancestorDepths, classHints: c.classHints,
          hintDepths: c.hintDepths, linkDensity: Math.round(density * 100) / 100, gapBefore: c.gapBefore,
        });
      }
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
        tag = f.name;
        holderFound = true;
      } else if (holderFound && f.meaningful) {
        ancestors.push(f.name);
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

const SPACE = 0x20;

/**
 * The text with each run of HTML's white space as one space (WHITESPACE_RUNS). Most pieces of text
 * have none to collapse, or are nothing but white space: a scan of their characters tells, and only
 * the others pay for a regex replacement (a quarter of the pieces; replacing in all of them cost
 * about a tenth of the layout).
 */
function collapseWhitespace(data: string): string {
  let collapsible = false;
  let onlyWhitespace = true;
  for (let k = 0; k < data.length && (onlyWhitespace || !collapsible); k++) {
    const c = data.charCodeAt(k);
    if (c === SPACE) {
      if (data.charCodeAt(k + 1) === SPACE) collapsible = true;
    } else if (isWhitespace(c)) {
      collapsible = true;
    } else {
      onlyWhitespace = false;
    }
  }
  if (onlyWhitespace) return data === '' ? data : ' ';
  return collapsible ? data.replace(WHITESPACE_RUNS, ' ') : data;
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
