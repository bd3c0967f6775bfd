/**
 * A heading whose class names a related-posts or comments box ("relatedpoststitle") often
 * sits alone at the top of that box, with the teasers as its plain siblings: what follows
 * the heading inside the same parent belongs to the box. Found in the render walk; html-blocks
 * adds the heading's hint to those lines.
 */
import type { OpenElement, Renderer, RenderObserver } from './render.js';

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
  readonly tags = HEADING_TAGS;
  readonly sections: HeadedSection[] = [];
  /** Parents whose section is already open: only their first such heading opens one. */
  private readonly opened = new WeakSet<OpenElement>();

  enter(el: OpenElement, renderer: Renderer): ((renderer: Renderer) => void) | void {
    const parent = el.parent;
    if (!parent || !HEADING_TAGS.has(el.name) || this.opened.has(parent)) return;
    const hint = el.classHints.find((h) => SECTION_HINTS.has(h));
    if (!hint) return;
    this.opened.add(parent);
    // The parent is open around the heading: its depth is the current one.
    const depth = renderer.depth;
    return (r) => {
      const from = r.lines.length;
      r.onClose(parent, (end) => {
        if (end.lines.length > from) this.sections.push({ from, to: end.lines.length, hint, depth });
      });
    };
  }
}
