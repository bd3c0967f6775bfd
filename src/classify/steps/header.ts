/**
 * Step 4 of classify, header: the title, byline, dateline and section printed above the body
 * (or just inside its top), each found by its own rule file and marked on the labels.
 */
import type { Block } from '../../blocks/block.js';
import type { FoundDate } from '../../features/dates.js';
import type { Features } from '../../features/features.js';
import { mark, type Classification } from '../labels.js';
import { anchorUnderHeader, type Region } from '../rules/body-region.js';
import { looksLikeBareName, looksLikeByline } from '../rules/byline.js';
import { findDateline, yearlessDateline } from '../rules/dateline.js';
import { sectionLabel } from '../rules/section.js';
import { findTitle } from '../rules/title.js';
import { Topic } from '../rules/topic-words.js';
import { THRESHOLDS as T } from '../thresholds.js';
import type { PageCues } from './cues.js';

export interface PageHeader {
  title: number | null;
  byline: number | null;
  /** The block whose printed date is the publication date. */
  dateline: number | null;
  /** That date, as read (a yearless stamp is read in the page's year, so it is not the block's feature). */
  datelineDate: FoundDate | null;
  section: { index: number; name: string } | null;
  /** The header's last block above the body (title, byline or a dateline printed above the body); -1 without one. */
  end: number;
}

/** Finds the header above `region` and marks its blocks' labels. */
export function findHeader(blocks: readonly Block[], features: readonly Features[], labels: Classification[], cues: PageCues, region: Region | null): PageHeader {
  const n = blocks.length;
  const regionStart = region?.start ?? n;
  const { cue, credits } = cues;
  // Most pages have no credit line: their lines are asked about the cue alone, without a map lookup each (~70 a page).
  const anyCredit = credits.size > 0;
  const notHeader = (i: number) => cue[i] !== null || (anyCredit && credits.has(i));
  const bylines = bylineLines(blocks, features, regionStart, notHeader);
  const isHeaderLine = (i: number) => bylines.has(i) || (features[i].date !== null && !notHeader(i) && features[i].chars < 120);
  // A region too light to be an article (see anchorUnderHeader) says little about the article's topic.
  const topicRegion = region && region.total >= T.minArticleScore ? region : null;
  const topic = new Topic(features, topicRegion?.start ?? 0, topicRegion?.end ?? 0);
  const title = findTitle(blocks, features, regionStart, { isFurniture: notHeader, isHeaderLine, topic });
  const byline = pickByline(blocks, features, bylines, title, regionStart, notHeader);
  const { dateline, datelineDate } = pageDateline(blocks, features, region, title, byline, notHeader);
  const section = title !== null ? sectionAbove(blocks, features, cues, title) : null;
  mark(labels, title, 'title', 'header.title');
  mark(labels, byline, 'byline', 'header.byline');
  if (dateline !== byline) mark(labels, dateline, 'dateline', 'header.dateline');
  mark(labels, section?.index ?? null, 'section', 'header.section');
  // (A dateline printed below the article, "First published: …", does not end the header.)
  const headerDateline = dateline !== null && dateline < regionStart + T.datelineIntoBody ? dateline : -1;
  const end = Math.max(title ?? -1, byline ?? -1, headerDateline);
  return { title, byline, dateline, datelineDate, section, end };
}

/** An article of short lines (results, feature bullets) under a clear header: see anchorUnderHeader. */
export function regionUnderHeader(region: Region | null, header: PageHeader, length: number, { cue, stops }: PageCues): Region | null {
  if (!region || header.title === null || header.end <= header.title) return region;
  return anchorUnderHeader(region, header.end, { length, minTotal: T.minArticleScore, maxGap: T.titleSearchWindow, stop: (i) => stops.has(i), furniture: (i) => cue[i] !== null });
}

/** Lines around the region's start that read as a byline. */
function bylineLines(blocks: readonly Block[], features: readonly Features[], regionStart: number, notHeader: (i: number) => boolean): Set<number> {
  const bylines = new Set<number>();
  for (let i = Math.max(0, regionStart - T.titleSearchWindow); i < Math.min(blocks.length, regionStart + T.bylineIntoBody); i++) {
    if (!notHeader(i) && looksLikeByline(blocks[i].text, features[i])) bylines.add(i);
  }
  return bylines;
}

/** The byline: the nearest byline-shaped line, a line the markup calls the byline, else a bare name under the title. */
function pickByline(
  blocks: readonly Block[],
  features: readonly Features[],
  bylines: ReadonlySet<number>,
  title: number | null,
  regionStart: number,
  notHeader: (i: number) => boolean,
): number | null {
  const n = blocks.length;
  let byline = nearestByline(bylines, title, regionStart);
  // HTML path: a short line the markup calls the byline is the byline, wherever a name-shaped line stands.
  for (let i = Math.max(0, regionStart - T.titleSearchWindow); i < Math.min(n, regionStart + T.bylineIntoBody); i++) {
    if (!blocks[i].markup?.classHints.includes('byline') || features[i].chars > T.markedBylineMaxChars || notHeader(i) || i === title) continue;
    if (byline === null || byline > i) byline = i;
    break;
  }
  // A byline far above the title belongs to something else (a teaser, a sidebar).
  if (byline !== null && title !== null && byline < title - T.bylineSearchWindow) byline = null;
  if (byline === null && title !== null) {
    for (let i = title + 1, seen = 0; i < n && seen < T.bareBylineReach && i < regionStart + T.bylineIntoBody; i++) {
      if (notHeader(i)) continue;
      seen++;
      if (looksLikeBareName(blocks[i].text, features[i])) return i;
    }
  }
  return byline;
}

/**
 * The byline nearest below the title, else the nearest above the body, else the first. One pass in which every
 * byline meets every compare: the callbacks of find and filter over the sorted lines compared only on some pages,
 * and the first page to reach one (a byline above the title) deoptimised pickByline for want of type feedback.
 */
export function nearestByline(bylines: ReadonlySet<number>, title: number | null, regionStart: number): number | null {
  // No line is below a missing title.
  const titleIndex = title ?? Infinity;
  let below = Infinity;
  let above = -1; // block indexes are 0 or more
  let first = Infinity;
  for (const i of bylines) {
    if (i > titleIndex && i < below) below = i;
    if (i < regionStart && i > above) above = i;
    if (i < first) first = i;
  }
  if (below !== Infinity) return below;
  if (above >= 0) return above;
  return first !== Infinity ? first : null;
}

/** The publication date's line near the title or byline, else a yearless stamp anywhere. */
function pageDateline(
  blocks: readonly Block[],
  features: readonly Features[],
  region: Region | null,
  title: number | null,
  byline: number | null,
  notHeader: (i: number) => boolean,
): { dateline: number | null; datelineDate: FoundDate | null } {
  const regionStart = region?.start ?? blocks.length;
  const anchor = title ?? byline ?? regionStart;
  const inRegion = (i: number) => region !== null && i >= region.start && i < region.end;
  const skip = (i: number) => notHeader(i) || (inRegion(i) && i !== byline && features[i].chars > 100);
  const dateline = findDateline(blocks, features, { from: anchor - T.datelineAbove, to: Math.max(anchor + 1, regionStart + T.datelineIntoBody) }, title, skip);
  if (dateline !== null) return { dateline, datelineDate: features[dateline].date };
  const stamp = yearlessDateline(blocks, features, skip);
  return stamp ? { dateline: stamp.index, datelineDate: stamp.date } : { dateline: null, datelineDate: null };
}

/** The section name printed just above the title (a breadcrumb's last item, a kicker), if any. */
function sectionAbove(blocks: readonly Block[], features: readonly Features[], { cue }: PageCues, title: number): PageHeader['section'] {
  for (let i = title - 1, onlyDates = true; i >= Math.max(0, title - 3); i--) {
    const furniture = cue[i] !== null;
    // A menu's furniture line ("Watch Live", "E-Edition") right above the title (datelines aside) means
    // the menu, not a section, stands there; an ad label there is only a slot.
    if (furniture && onlyDates && !cue[i]?.rule.startsWith('cue.ad')) return null;
    // Skip furniture, datelines and the title's own echo (a breadcrumb's last item is the title).
    if (!features[i].date) onlyDates = false;
    if (furniture || features[i].date || features[i].key === features[title].key) continue;
    const name = sectionLabel(blocks[i].text, features[i]);
    return name ? { index: i, name } : null;
  }
  return null;
}
