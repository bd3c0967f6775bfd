/**
 * The element that holds the article: the one whose lines add up to the most
 * prose once the link lists and furniture inside it are paid for. Like
 * Readability's top candidate, but scored over whole subtrees with prefix sums
 * of the rendered lines, in the same walk, so it costs O(1) per element.
 */
import { PARAGRAPH_TAG } from './layout.js';
import type { RenderedLine } from './render.js';
import type { OpenElement, Renderer, RenderObserver } from './render.js';

// A line this long that is not mostly links reads as a paragraph of the article.
const MIN_PROSE_CHARS = 80;
// From this share of link characters a line is navigation, not prose.
const MAX_PROSE_LINK_DENSITY = 0.5;
// Each character of furniture inside an element costs this many characters of prose: an element
// that takes in a menu or a teaser list to gain one more paragraph is not the article.
const FURNITURE_COST = 1.5;

export interface ContentRoot {
  /** Its lines: [from, to). */
  from: number;
  to: number;
  /** Its nesting depth, as in RenderedLine.ancestorDepths. */
  depth: number;
}

export class ContentRootFinder implements RenderObserver {
  private best: ContentRoot & { score: number } | null = null;
  private readonly prose: number[] = [0];
  private readonly furniture: number[] = [0];
  private insideFurniture = 0;
  /** For each element entered and not yet exited, innermost last: its first line, depth, and whether it is furniture. */
  private readonly froms: number[] = [];
  private readonly depths: number[] = [];
  private readonly furnitureTags: boolean[] = [];

  enter(el: OpenElement, renderer: Renderer): void {
    if (!isCandidate(el)) return;
    // A footer or a sidebar can hold more prose than a short article: neither it nor anything
    // inside it is a candidate. Tags only: a furniture class on a page-wide wrapper
    // ("content-sidebar-wrap") would rule out the article too.
    const furniture = FURNITURE_TAGS.has(el.name);
    if (furniture) this.insideFurniture++;
    this.froms.push(renderer.lines.length);
    this.depths.push(renderer.depth + 1);
    this.furnitureTags.push(furniture);
  }

  exit(el: OpenElement, r: Renderer): void {
    if (!isCandidate(el)) return;
    const from = this.froms.pop()!;
    const depth = this.depths.pop()!;
    const furniture = this.furnitureTags.pop()!;
    if (furniture) this.insideFurniture--;
    const to = r.lines.length;
    if (to === from || this.insideFurniture > 0 || furniture) return;
    this.extend(r.lines);
    const score = this.prose[to] - this.prose[from] - FURNITURE_COST * (this.furniture[to] - this.furniture[from]);
    // Children close first: an ancestor that scores as well takes over (it loses nothing, keeps more).
    if (score > 0 && (!this.best || score >= this.best.score)) this.best = { from, to, depth, score };
  }

  /** The content root's lines and depth, or null when the page has no prose. */
  root(): ContentRoot | null {
    return this.best;
  }

  private extend(lines: readonly RenderedLine[]): void {
    for (let k = this.prose.length - 1; k < lines.length; k++) {
      const line = lines[k];
      const chars = line.text.length;
      // Links only: class hints are inherited from every ancestor, and "content-sidebar-wrap" around
      // the whole page would make every line look like furniture.
      const linkDense = line.linkDensity >= MAX_PROSE_LINK_DENSITY;
      // A paragraph with a sentence of its own around its links is prose that links (a name with a
      // hover card, a cited source), not a link list: its own words count, its links cost nothing.
      const ownChars = linkDense && line.tag === PARAGRAPH_TAG ? Math.round(chars * (1 - line.linkDensity)) : 0;
      const isFurniture = linkDense && ownChars < MIN_PROSE_CHARS;
      const proseChars = linkDense ? (isFurniture ? 0 : ownChars) : chars >= MIN_PROSE_CHARS ? chars : 0;
      this.prose.push(this.prose[k] + proseChars);
      this.furniture.push(this.furniture[k] + (isFurniture ? chars : 0));
    }
  }
}

/** The head and code hold no lines of the article. */
function isCandidate(el: OpenElement): boolean {
  return el.name !== 'head' && el.name !== 'script' && el.name !== 'style';
}

/** Elements that hold page furniture, never the article. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside', 'menu', 'dialog']);
