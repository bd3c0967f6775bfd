/**
 * Some articles print one template again and again (a meal plan for every eating plan, the same
 * fields for every product): its lines repeat, so each scores like a repeated menu line and the
 * region stops after the introduction. A menu's copies stand far apart (header and footer); a
 * template's copies all stand together. When the stretch after the region, up to the next stop,
 * holds no furniture line and is mostly lines whose every copy lies inside it, it is the article.
 */
import type { Features } from '../../features/features.js';
import { withEnd, type Region } from './body-region.js';

export function templateRun(
  region: Region,
  features: readonly Features[],
  limits: { length: number; stop: (i: number) => boolean; furniture: (i: number) => boolean; minBlocks: number; minShare: number },
): Region {
  const { length, stop, furniture, minBlocks, minShare } = limits;
  let end = region.end;
  while (end < length && !stop(end) && !furniture(end)) end++;
  // Up to a stop only: a stretch that runs to the page's end is its footer.
  if (end >= length || !stop(end) || end - region.end < minBlocks) return region;
  // A repeated line's copies all lie inside when the stretch holds all of them: its repeats (the other blocks of the page
  // with its key) and itself. Counted over the stretch alone, not looked up for every repeated line of the page.
  const copiesInside = new Map<string, number>();
  for (let i = region.end; i < end; i++) {
    const f = features[i];
    if (f.repeats > 0) copiesInside.set(f.key, (copiesInside.get(f.key) ?? 0) + 1);
  }
  let inside = 0;
  for (let i = region.end; i < end; i++) {
    const f = features[i];
    if (f.repeats > 0 && copiesInside.get(f.key) === f.repeats + 1) inside++;
  }
  return inside / (end - region.end) >= minShare ? withEnd(region, end) : region;
}
