/**
 * A heading whose class names a related-posts or comments box ("relatedpoststitle") often
 * sits alone at the top of that box, with the teasers as its plain siblings: what follows
 * the heading inside the same parent belongs to the box. Found in the render walk; html-blocks
 * adds the heading's hint to those lines.
 */
import type { Element } from 'domhandler';
import { classHintsOf } from './hints.js';
import type { Renderer, RenderObserver } from './render.js';

/** Hints of a heading that opens a section of furniture; a share or promo heading labels only itself. */
const SECTION_HINTS: ReadonlySet<string> = new Set(['related', 'comment']);
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface HeadedSection {
  /** The lines after the heading, up to the end of its parent: [from, to). */
  from: number;
  to: number;
  hint: string;
  /** Nesting depth of the parent, as in RenderedLine.hintDepths. */
  depth: number;
}

export class SectionHeadingFinder implements RenderObserver {
  readonly sections: HeadedSection[] = [];
  /** Per open element: the section its heading child opened, if any. */
  private readonly open: Array<{ hint: string; from: number } | null> = [];

  enter(el: Element, renderer: Renderer): (renderer: Renderer) => void {
    const depth = renderer.depth + 1;
    this.open.push(null);
    return (r) => {
      const opened = this.open.pop();
      if (opened && r.lines.length > opened.from) this.sections.push({ from: opened.from, to: r.lines.length, hint: opened.hint, depth });
      const hint = HEADING_TAGS.has(el.name) ? classHintsOf(el.attribs.class, el.attribs.id).find((h) => SECTION_HINTS.has(h)) : undefined;
      if (hint && this.open.length > 0 && this.open[this.open.length - 1] === null) this.open[this.open.length - 1] = { hint, from: r.lines.length };
    };
  }
}
