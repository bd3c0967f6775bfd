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

interface Opened {
  heading: Element;
  hint: string;
  depth: number;
  from: number | null;
}

export class SectionHeadingFinder implements RenderObserver {
  readonly sections: HeadedSection[] = [];
  private readonly opened: Opened[] = [];

  enter(el: Element, renderer: Renderer): ((renderer: Renderer) => void) | void {
    const open = this.opened[this.opened.length - 1];
    if (open?.heading === el) {
      return (r) => {
        open.from = r.lines.length;
      };
    }
    // Looked up from the parent, so that only a parent with such a heading pays for an exit.
    const found = sectionHeadingIn(el);
    if (!found) return;
    const opened: Opened = { ...found, depth: renderer.depth + 1, from: null };
    this.opened.push(opened);
    return (r) => {
      this.opened.pop();
      const { from } = opened;
      if (from !== null && r.lines.length > from) this.sections.push({ from, to: r.lines.length, hint: opened.hint, depth: opened.depth });
    };
  }
}

/** The first child heading whose class names a related or comments box, with that hint. */
function sectionHeadingIn(el: Element): { heading: Element; hint: string } | null {
  for (const child of el.children) {
    if (child.type !== 'tag' || !HEADING_TAGS.has(child.name)) continue;
    const { class: className, id } = child.attribs;
    if (className === undefined && id === undefined) continue;
    const hint = classHintsOf(className, id).find((h) => SECTION_HINTS.has(h));
    if (hint) return { heading: child, hint };
  }
  return null;
}
