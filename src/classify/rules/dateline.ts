/**
 * The publication date: printed in the header, near the title and byline.
 * A "Published" label wins over a plain date, which wins over "Updated"; a
 * page-header "today" (weekday, date, no time) above the title is the scrape
 * date, not the article's.
 */
import { PUBLISHED_LABELS, UPDATED_LABELS } from '../../cues/dates.js';
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import { findYearlessDates, type FoundDate } from '../../features/dates.js';

// How much text before a date can hold its label ("First Published: Tuesday, ").
const LABEL_REACH = 40;
// A dateline is short; a long sentence with a date in it is story text or a caption.
const MAX_DATELINE_CHARS = 120;

export function findDateline(
  blocks: readonly Block[],
  features: readonly Features[],
  range: { from: number; to: number },
  title: number | null,
  skip: (i: number) => boolean,
): number | null {
  let plain: number | null = null;
  let updated: number | null = null;
  // The title as a number, -1 without one (no block's index): compared with null, an index compare had only seen
  // numbers and was deoptimised on a page without a title.
  const titleIndex = title ?? -1;
  for (let i = Math.max(0, range.from); i < Math.min(features.length, range.to); i++) {
    const f = features[i];
    const d = f.date;
    if (!d || skip(i) || i === titleIndex) continue;
    if (f.chars > MAX_DATELINE_CHARS && f.endsSentence) continue;
    // Both read for every dated line: a read that waited for a weekday-led date above the title had no type feedback.
    const { weekdayLed, hasTime } = d;
    if (i < titleIndex && weekdayLed && !hasTime) continue;
    const label = labelOf(blocks[i].text, d.index);
    if (label === 'updated') updated ??= i;
    else if (label === 'published') return i;
    else plain ??= i;
  }
  if (plain === null) {
    // Only an "Updated" time in the header, or no date there: some sites print "First published: …"
    // below the article or in a side column. A labelled date anywhere is still the article's.
    let labelledUpdate: number | null = null;
    for (let i = 0; i < features.length; i++) {
      const d = features[i].date;
      if (!d || features[i].chars > MAX_DATELINE_CHARS || skip(i)) continue;
      const label = labelOf(blocks[i].text, d.index);
      if (label === 'published') return i;
      if (label === 'updated') labelledUpdate ??= i;
    }
    return updated ?? labelledUpdate;
  }
  return plain;
}

/** The label nearest before the date ("Updated Nov 19, 9:41 AM;Posted Nov 18, …": the second date is the posted one). */
function labelOf(text: string, dateIndex: number): 'published' | 'updated' | null {
  const before = text.slice(Math.max(0, dateIndex - LABEL_REACH), dateIndex).toLowerCase();
  const updated = lastIndexOfAny(before, (updatedLabels ??= innermost(Object.values(UPDATED_LABELS).flat())));
  const published = lastIndexOfAny(before, (publishedLabels ??= innermost(Object.values(PUBLISHED_LABELS).flat())));
  if (updated < 0 && published < 0) return null;
  return updated > published ? 'updated' : 'published';
}

// The labels labelOf looks for, built on first use.
let publishedLabels: readonly string[] | undefined;
let updatedLabels: readonly string[] | undefined;

/**
 * The labels that hold no other label ("posted", not "posted on", "first posted"), each once. lastIndexOfAny's answer
 * is the same for them as for all: wherever a label is found, a label it holds is found there or further on.
 */
export function innermost(labels: readonly string[]): string[] {
  const kept: string[] = [];
  for (const [i, label] of labels.entries()) {
    const holdsAnother = labels.some((other) => other !== label && label.includes(other));
    if (!holdsAnother && labels.indexOf(label) === i) kept.push(label);
  }
  return kept;
}

/** Math.max(...labels.map((l) => text.lastIndexOf(l))), without the array and the spread (labelOf runs on every dated line). */
function lastIndexOfAny(text: string, labels: readonly string[]): number {
  let last = -Infinity;
  // A label longer than the text is not in it (lastIndexOf's -1), most often as the text is empty: a line that opens with its date.
  for (const label of labels) last = Math.max(last, label.length > text.length ? -1 : text.lastIndexOf(label));
  return last;
}

/**
 * When no dated line stands in the header: a labelled stamp without a year ("Posted Nov 18, 8:19 PM"),
 * read in the year the page's full dates mostly print. "Posted"/"Published" wins over "Updated".
 */
export function yearlessDateline(blocks: readonly Block[], features: readonly Features[], skip: (i: number) => boolean): { index: number; date: FoundDate } | null {
  const year = commonYear(features);
  if (year === null) return null;
  let updated: { index: number; date: FoundDate } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (features[i].chars > MAX_DATELINE_CHARS || skip(i)) continue;
    for (const date of findYearlessDates(blocks[i].text, year)) {
      const label = labelOf(blocks[i].text, date.index);
      if (label === 'published') return { index: i, date };
      if (label === 'updated') updated ??= { index: i, date };
    }
  }
  return updated;
}

/** The year most of the page's full dates print (the latest on a tie), or null when it prints none. */
function commonYear(features: readonly Features[]): number | null {
  const counts = new Map<number, number>();
  for (const f of features) if (f.date) counts.set(+f.date.iso.slice(0, 4), (counts.get(+f.date.iso.slice(0, 4)) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}
