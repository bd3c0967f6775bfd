/**
 * The publication date: printed in the header, near the title and byline.
 * A "Published" label wins over a plain date, which wins over "Updated"; a
 * page-header "today" (weekday, date, no time) above the title is the scrape
 * date, not the article's.
 */
import { PUBLISHED_LABELS, UPDATED_LABELS } from '../../cues/dates.js';
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';

const PUBLISHED = Object.values(PUBLISHED_LABELS).flat();
const UPDATED = Object.values(UPDATED_LABELS).flat();
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
  for (let i = Math.max(0, range.from); i < Math.min(features.length, range.to); i++) {
    const f = features[i];
    const d = f.date;
    if (!d || skip(i) || i === title) continue;
    if (f.chars > MAX_DATELINE_CHARS && f.endsSentence) continue;
    if (title !== null && i < title && d.weekdayLed && !d.hasTime) continue;
    const before = blocks[i].text.slice(Math.max(0, d.index - LABEL_REACH), d.index).toLowerCase();
    if (UPDATED.some((l) => before.includes(l))) updated ??= i;
    else if (PUBLISHED.some((l) => before.includes(l))) return i;
    else plain ??= i;
  }
  return plain ?? updated;
}
