/** Step 5 of classify, related: the lists under related headings that do not stand above the body, their blocks marked. */
import { mark, type Classification, type Reason } from '../labels.js';
import type { Region } from '../rules/body-region.js';
import type { RelatedList } from '../rules/related.js';

export function relatedAfter(region: Region | null, lists: ReadonlyMap<number, RelatedList>, cue: ReadonlyArray<Reason | null>, labels: Classification[]): RelatedList[] {
  const related: RelatedList[] = [];
  for (const [h, list] of [...lists].sort((a, b) => a[0] - b[0])) {
    if (region && h < region.start) continue;
    if (cue[h]?.rule !== 'cue.related-heading' || list.items.length === 0) continue;
    related.push(list);
    mark(labels, h, 'related-heading', 'related.heading');
    for (const item of list.items) for (const b of item.blocks) mark(labels, b, 'related', 'related.item');
  }
  return related;
}
