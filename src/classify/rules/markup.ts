/**
 * What the markup says about a block (HTML path only): a new content score and,
 * for captions and furniture the markup marks, a veto on the body. Text-only
 * blocks get no verdict, so the text path is unchanged.
 */
import type { MarkupHints } from '../../blocks/block.js';
import { FURNITURE_HINTS } from '../../blocks/html/hints.js';
import { PARAGRAPH_TAG } from '../../blocks/html/layout.js';
import type { Reason } from '../labels.js';
import { THRESHOLDS as T } from '../thresholds.js';

export interface MarkupVerdict {
  score: number;
  reason: Reason;
  /** The markup says this is not article text (a caption, a share bar), wherever it sits. */
  notBody: boolean;
}

const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'menu', 'dialog', 'button']);

/** Added to a block inside the content root: short lines there (subheadings, list items) are part of the article. */
const CONTENT_ROOT_BONUS = 0.8;
/**
 * Least score of a line inside an element the markup names as the article body (entry-content,
 * article-body): there a run of short lines (a recipe's steps, a product's features) is the
 * article going on, and must not cut the body region short (beachbody meal plans).
 */
const NAMED_BODY_FLOOR = 0.05;
/** Outside the content root a paragraph keeps this share of its score: a teaser or a comment, rarely the article. */
const OUTSIDE_ROOT_SHARE = 0.2;
/** Subtracted from every block outside the content root. */
const OUTSIDE_ROOT_PENALTY = 0.6;
/** From this share of link characters a block is navigation. */
const LINK_LIST_DENSITY = 0.5;
/** Up to this share of link characters, a paragraph of the content root that reads as prose is still prose (a deals roundup linking every product). */
const LINKING_PROSE_DENSITY = 0.8;
/** From this text score (about 100 characters of prose) a block under an author class (nearer than any body class) is an author's bio, not a byline. */
const AUTHOR_BIO_MIN_SCORE = 1;
/** Score of furniture the markup names (nav, footer, share bar, related list). */
const FURNITURE_SCORE = -1.5;

// The reasons without a detail: one object each for every block given them (reasons are only read).
const CAPTION: Reason = { rule: 'markup.caption' };
const HEADLINE: Reason = { rule: 'markup.headline' };
const AUTHOR_BIO: Reason = { rule: 'markup.author-bio' };
const BREADCRUMB: Reason = { rule: 'markup.breadcrumb' };
const NAMED_BODY_LINK: Reason = { rule: 'markup.named-body-link' };
const NAMED_BODY: Reason = { rule: 'markup.named-body' };
const CONTENT_ROOT: Reason = { rule: 'markup.content-root' };
const OUTSIDE_ROOT: Reason = { rule: 'markup.outside-root' };

/**
 * Furniture the markup names (a <nav>, a footer, a share bar), as a cue like the furniture
 * words of cues/: the title, byline and section searches skip it. A breadcrumb is not
 * furniture here: it is where the section is printed.
 */
export function markupCue(m: MarkupHints | undefined): Reason | null {
  if (!m || m.classHints.includes('breadcrumb')) return null;
  const furniture = furnitureOf(m);
  // A related box is left to the related-list reader, which stops at the first cue: its items are
  // kept out of the body all the same (markupVerdict), and read as the page's related list.
  if (furniture === 'related') return null;
  return furniture ? { rule: 'markup.furniture', detail: furniture } : null;
}

export function markupVerdict(m: MarkupHints | undefined, score: number): MarkupVerdict | null {
  if (!m) return null;
  if (m.tag === 'figcaption' || m.ancestors.includes('figcaption') || m.classHints.includes('caption')) {
    return { score: Math.min(score, 0), reason: CAPTION, notBody: true };
  }
  if (m.tag === 'h1') return { score: Math.min(score, 0), reason: HEADLINE, notBody: true };
  // A byline is a name and a date: prose under an author class is the author's bio box.
  if (score >= AUTHOR_BIO_MIN_SCORE && nearerHint(m.classHints, 'byline', 'content')) {
    return { score: FURNITURE_SCORE, reason: AUTHOR_BIO, notBody: true };
  }
  const furniture = furnitureOf(m);
  if (furniture) return { score: FURNITURE_SCORE, reason: { rule: 'markup.furniture', detail: furniture }, notBody: true };
  if (m.classHints.includes('breadcrumb')) return { score: Math.min(score, 0), reason: BREADCRUMB, notBody: true };
  const namedBody = m.inContentRoot && m.classHints.includes('content');
  // A paragraph of the article that reads as prose (the text score says so) may link most of its words.
  const linkingProse = m.inContentRoot && m.tag === PARAGRAPH_TAG && score > 0 && m.linkDensity < LINKING_PROSE_DENSITY;
  if (m.linkDensity >= LINK_LIST_DENSITY && !linkingProse) {
    // In the named body, a short paragraph that is one link (a printed address, a product) is the
    // article's own: it neither adds nor cuts, like any short line there (remember8090's product list).
    // Longer link paragraphs ("Subscribe to our channel…", headlines) stay links.
    if (namedBody && m.tag === PARAGRAPH_TAG && score <= T.shortScore) return { score: NAMED_BODY_FLOOR, reason: NAMED_BODY_LINK, notBody: false };
    return { score: Math.min(score, 0) - OUTSIDE_ROOT_PENALTY, reason: { rule: 'markup.links', detail: `link density ${m.linkDensity}` }, notBody: false };
  }
  if (namedBody) {
    return { score: Math.max(score + CONTENT_ROOT_BONUS, NAMED_BODY_FLOOR), reason: NAMED_BODY, notBody: false };
  }
  if (m.inContentRoot) return { score: score + CONTENT_ROOT_BONUS, reason: CONTENT_ROOT, notBody: false };
  const outside = score > 0 ? score * OUTSIDE_ROOT_SHARE : score;
  return { score: outside - OUTSIDE_ROOT_PENALTY, reason: OUTSIDE_ROOT, notBody: false };
}

/**
 * The furniture tag or class hint around the block, or null. Plain loops, read first to last as `find` read them: no
 * array of the tag and its ancestors, no closure, on each of the two calls a block gets (markupCue, markupVerdict).
 */
function furnitureOf(m: MarkupHints): string | null {
  if (FURNITURE_TAGS.has(m.tag)) return m.tag;
  for (const t of m.ancestors) if (FURNITURE_TAGS.has(t)) return t;
  // Hints are nearest first: a share bar inside the article body is furniture, an article body
  // inside a "content-sidebar-wrap" is not: the first hint that is content or furniture decides.
  for (const h of m.classHints) {
    if (h === 'content') return null;
    if (FURNITURE_HINTS.has(h) || (h === 'teaser' && isListItem(m))) return h;
  }
  return null;
}

/** The block is a list item or inside one. */
function isListItem(m: MarkupHints): boolean {
  return m.tag === 'li' || m.ancestors.includes('li');
}

/** Whether hint `a` stands among the hints (nearest first) before any `b`. */
function nearerHint(hints: readonly string[], a: string, b: string): boolean {
  for (const h of hints) {
    if (h === a) return true;
    if (h === b) return false;
  }
  return false;
}
