import type { Block } from '../../blocks/block.js';
import { endsWithOneOf } from '../../cues/phrase-regex.js';
import { isMarkedShape, lineShape } from './line-shape.js';

/**
 * The body is one run of blocks: the run whose content scores add up to the
 * most (maximum-sum subarray), never crossing a hard stop such as a related-list
 * or comments heading. Short furniture inside an article (an ad label, a
 * subheading) is bridged because the paragraphs around it outweigh it.
 */
export interface Region {
  start: number;
  /** Exclusive. */
  end: number;
  total: number;
}

/**
 * `region` ending at `end` instead. Built field by field like every other region: a spread copy
 * whose end is then written again is an object of another shape to V8, and the functions that read
 * regions were deoptimised when the first such copy reached them.
 */
export function withEnd(region: Region, end: number): Region {
  return { start: region.start, end, total: region.total };
}

const NO_STOPS: readonly number[] = [];

/** The best region among the first `end` scores (all of them by default). `stops` are block indexes. */
export function bestRegion(scores: ArrayLike<number>, stops: ReadonlySet<number>, end = scores.length): Region | null {
  // The stops in page order, passed as the blocks are: the set is read once, not looked up at every block.
  const order = stops.size === 0 ? NO_STOPS : Array.from(stops).sort((a, b) => a - b);
  let next = 0;
  // The best run so far as three numbers, made a region once at the end: a region object per improvement was most
  // of what the scan allocated (bestTotal 0 means none yet: a run is kept only when its total is above 0).
  let bestStart = 0;
  let bestEnd = 0;
  let bestTotal = 0;
  let runStart = 0;
  let run = 0;
  for (let i = 0; i < end; i++) {
    while (next < order.length && order[next] < i) next++;
    if (next < order.length && order[next] === i) {
      run = 0;
      runStart = i + 1;
      continue;
    }
    if (run <= 0) {
      run = 0;
      runStart = i;
    }
    run += scores[i];
    if (run > bestTotal) {
      bestStart = runStart;
      bestEnd = i + 1;
      bestTotal = run;
    }
  }
  return bestTotal > 0 ? { start: bestStart, end: bestEnd, total: bestTotal } : null;
}

/** A list widget (heading and items) that the region may bridge: where it starts and ends (exclusive). */
export interface Widget {
  start: number;
  end: number;
}

/**
 * Related-story boxes often interrupt an article ("RELATED STORIES" and three links, then the
 * story goes on). When prose of real weight stands right across such a widget, the article
 * continues there: extend the region over the widget (its blocks stay out of the body).
 * Comments and author boxes are never bridged.
 */
export function bridgeWidgets(
  region: Region,
  scores: ArrayLike<number>,
  widgets: readonly Widget[],
  stops: ReadonlySet<number>,
  limits: { minRun: number; maxGap: number; accept: (from: number, to: number) => boolean },
): Region {
  const { minRun, maxGap, accept } = limits;
  let { start, end, total } = region;
  for (let changed = true; changed; ) {
    changed = false;
    const after = widgets.find((w) => w.start >= end && w.start - end <= maxGap);
    if (after) {
      const run = bestRunFrom(scores, after.end, 1, stops);
      if (run.total >= minRun && accept(after.end, run.edge + 1)) {
        end = run.edge + 1;
        total += run.total;
        changed = true;
      }
    }
    const before = widgets.find((w) => w.end <= start && start - w.end <= maxGap);
    if (before) {
      const run = bestRunFrom(scores, before.start - 1, -1, stops);
      if (run.total >= minRun && accept(run.edge, before.start)) {
        start = run.edge;
        total += run.total;
        changed = true;
      }
    }
  }
  return { start, end, total };
}

/** The best total of a run that starts at `from` and grows in `step` direction, without crossing a stop. */
function bestRunFrom(scores: ArrayLike<number>, from: number, step: 1 | -1, stops: ReadonlySet<number>): { total: number; edge: number } {
  let sum = 0;
  let best = { total: 0, edge: from };
  for (let i = from; i >= 0 && i < scores.length && !stops.has(i); i += step) {
    sum += scores[i];
    if (sum > best.total) best = { total: sum, edge: i };
  }
  return best;
}

/**
 * Some articles are all short lines (a results roundup, feature bullets): no run of them outweighs
 * a sidebar paragraph, so the region found is a scrap of the article. When the region weighs less
 * than `minTotal` and starts within `maxGap` blocks under the article's header (a title with its
 * byline or dateline, ending at `headerEnd`), the article is what stands between: the region grows
 * up to the header, and down to the first stop or furniture line.
 */
export function anchorUnderHeader(
  region: Region,
  headerEnd: number,
  limits: { length: number; minTotal: number; maxGap: number; stop: (i: number) => boolean; furniture: (i: number) => boolean },
): Region {
  const { length, minTotal, maxGap, stop, furniture } = limits;
  if (region.total >= minTotal || region.start <= headerEnd || region.start - headerEnd > maxGap) return region;
  let start = region.start;
  while (start - 1 > headerEnd && !stop(start - 1)) start--;
  let end = region.end;
  while (end < length && !stop(end) && !furniture(end)) end++;
  return { start, end, total: region.total };
}

/**
 * Articles often end with a list of short lines that score as furniture one by one: tour dates,
 * results, a Q&A ("June 9 -- Coral Sky Amphitheatre", "Q: Favorite apps?"). When the lines right
 * after the region (optionally after a lead-in ending in a colon) share one shape for at least
 * `minItems` lines, or count 1, 2, 3 … as numbered items, they are the article's list: extend the
 * region over them.
 * @param minItems at least 1
 */
export function extendListTail(region: Region, blocks: readonly Block[], blocked: (i: number) => boolean, minItems: number, maxLineChars: number): Region {
  let i = region.end;
  const listed = numberedListEnd(blocks, i, blocked, minItems, maxLineChars);
  if (listed > i) return withEnd(region, listed);
  // A lead-in: "… tour dates:" or a short subheading ("The Doobie Brothers Tour Dates").
  const lead = i < blocks.length ? blocks[i].text : null;
  if (lead !== null && !blocked(i) && (lead.endsWith(':') || (lead.length <= LEAD_IN_CHARS && !endsWithOneOf(lead, '.!?')))) i++;
  const numbered = numberedListEnd(blocks, i, blocked, minItems, maxLineChars);
  if (numbered > i) return withEnd(region, numbered);
  // A first line longer than a list's lines is no item, so the list has fewer than minItems (at least 1): its shape is
  // not worked out (the loop below would stop at it).
  const shape = i < blocks.length && blocks[i].text.length <= maxLineChars ? lineShape(blocks[i].text) : null;
  // Only lines with a list marker (a colon, a dash separator, a leading number): plain short lines are menus.
  if (shape === null || !isMarkedShape(shape)) return region;
  let end = i;
  while (end < blocks.length && !blocked(end) && blocks[end].text.length <= maxLineChars && lineShape(blocks[end].text) === shape) end++;
  return end - i >= minItems ? withEnd(region, end) : region;
}

// "1) Lego Star Wars …", "2. Polistil …": an item's number.
const ITEM_NUMBER = /^(\d{1,3})[.)]\s/;
// A numbered item may carry a line or two of its own (a link, a price) before the next number.
const ITEM_DETAIL_LINES = 2;

/**
 * A numbered list counts 1, 2, 3 … from where it starts, each item perhaps followed by a detail line
 * ("1) Lego Star Wars 75188", "http://amzn.to/…", "2) Polistil …"): the end of its last item, or
 * `from` when fewer than `minItems` items are numbered in sequence there.
 */
function numberedListEnd(blocks: readonly Block[], from: number, blocked: (i: number) => boolean, minItems: number, maxLineChars: number): number {
  // ITEM_NUMBER's number is 1 only on a line that opens with the digit 1: other lines are not matched.
  if (from >= blocks.length || blocks[from].text.charCodeAt(0) !== DIGIT_ONE || ITEM_NUMBER.exec(blocks[from].text)?.[1] !== '1') return from;
  let items = 0;
  let end = from;
  for (let i = from; i < blocks.length && i - end <= ITEM_DETAIL_LINES && !blocked(i) && blocks[i].text.length <= maxLineChars; i++) {
    const number = ITEM_NUMBER.exec(blocks[i].text);
    if (number && Number(number[1]) === items + 1) items++;
    else if (number) break;
    end = i + 1;
  }
  // The last item keeps its detail lines; whatever follows a gap of more is not the list's.
  return items >= minItems ? end : from;
}

const DIGIT_ONE = 0x31;

// A subheading that introduces a list is short.
const LEAD_IN_CHARS = 80;
