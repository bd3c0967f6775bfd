/** Step 5 of classify, related: the lists under related headings that do not stand above the body, their blocks marked. */
import { relabel, type Classification, type Reason } from '../labels.js';
import type { Region } from '../rules/body-region.js';
import type { RelatedList } from '../rules/related.js';

// The same for every block given them: one object each (reasons are only read).
const RELATED_HEADING: Reason = { rule: 'related.heading' };
const RELATED_ITEM: Reason = { rule: 'related.item' };

/** `lists`: by heading, in page order (BodyRegion.lists). */
export function relatedAfter(region: Region | null, lists: ReadonlyMap<number, RelatedList>, cue: ReadonlyArray<Reason | null>, labels: Classification[]): RelatedList[] {
  const related: RelatedList[] = [];
  // The lists are already in page order (steps/region.ts reads them heading by heading, in the order of the stops, which
  // readCues adds block by block): read as they are, with no sorted copy of [heading, list] pairs.
  for (const list of lists.values()) {
    const h = list.heading;
    if (region && h < region.start) continue;
    if (cue[h]?.rule !== 'cue.related-heading' || list.items.length === 0) continue;
    related.push(list);
    relabel(labels[h], 'related-heading', RELATED_HEADING);
    for (const item of list.items) for (const b of item.blocks) relabel(labels[b], 'related', RELATED_ITEM);
  }
  return related;
}
