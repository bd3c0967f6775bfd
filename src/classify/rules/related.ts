/**
 * Related-article lists: a heading ("MORE India ARTICLES", "Also read") and the
 * items under it, each a title with an optional summary. Sites print an item as
 * title, title, summary, title (image alt, link, teaser, link): repeats of the
 * current title fold into one item.
 */
import { COMMENT_META_LINE, isCommentHeading } from '../../cues/boilerplate.js';
import { inlineRelatedHeadline, isRelatedHeadingText, MORE_SECTION_LINE } from '../../cues/related.js';
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import { THRESHOLDS as T } from '../thresholds.js';

export interface RelatedItemBlocks {
  title: string;
  summary: string | null;
  /** Indices of every block the item was read from. */
  blocks: number[];
}

export interface RelatedList {
  heading: number;
  items: RelatedItemBlocks[];
  /** Exclusive end of the list. */
  end: number;
}

// A related-list heading is short; a long line that starts "Related …" is prose.
const MAX_HEADING_CHARS = 60;
// A comment header is a name, a date and "said:"; longer lines ending in "said:" are prose introducing a quote.
const MAX_COMMENT_META_CHARS = 100;
// A teaser summary is at least this long; shorter lines after a title are metadata (date, author, "3 min read").
const MIN_SUMMARY_CHARS = 60;
// A related title is a headline, not a paragraph.
const MAX_ITEM_TITLE_CHARS = 220;

export function isRelatedHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && (isRelatedHeadingText(text) || MORE_SECTION_LINE.test(text));
}

export function isCommentsHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && isCommentHeading(text);
}

/** The header line of one reader comment ("Alex on September 17, 2018 at 6:34 am said:"). */
export function isCommentMeta(text: string): boolean {
  return text.length <= MAX_COMMENT_META_CHARS && COMMENT_META_LINE.test(text);
}

/** "Also read: Another headline" inside a body: the headline, or null. */
export function inlineRelatedTitle(text: string): string | null {
  const headline = inlineRelatedHeadline(text);
  return headline && headline.split(/\s+/).length >= T.relatedTitleMinWords ? headline : null;
}

export function readRelatedList(
  blocks: readonly Block[],
  features: readonly Features[],
  heading: number,
  isFurniture: (i: number) => boolean,
): RelatedList {
  const items: RelatedItemBlocks[] = [];
  let current: RelatedItemBlocks | null = null;
  let misses = 0;
  let end = heading + 1;
  for (let i = heading + 1; i < blocks.length; i++) {
    const text = blocks[i].text;
    const f = features[i];
    if (isRelatedHeading(text) || isCommentsHeading(text)) break;
    if (isFurniture(i)) {
      misses++;
      if (misses > T.relatedMaxGap) break;
      continue;
    }
    if (current && f.key === current.title.replace(/^[•·*▪►▸‣◦●■□–—-]\s*/u, '').toLowerCase()) {
      current.blocks.push(i);
    } else if (current && current.summary === null && f.chars >= MIN_SUMMARY_CHARS && f.chars > current.title.length) {
      current.summary = text;
      current.blocks.push(i);
    } else if (f.words >= T.relatedTitleMinWords && f.chars <= MAX_ITEM_TITLE_CHARS && !(f.date && f.chars < 40)) {
      current = { title: text, summary: null, blocks: [i] };
      items.push(current);
    } else if (current && f.chars < 40) {
      current.blocks.push(i); // item metadata: a date, an author, a read time
    } else {
      misses++;
      if (misses > T.relatedMaxGap) break;
      continue;
    }
    misses = 0;
    end = i + 1;
  }
  return { heading, items, end };
}
