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
  // Where each repeated line is printed first and last: all its copies lie inside when both do.
  const span = new Map<string, [number, number]>();
  features.forEach((f, i) => {
    if (f.repeats === 0) return;
    const s = span.get(f.key);
    if (s) s[1] = i;
    else span.set(f.key, [i, i]);
  });
  let inside = 0;
  for (let i = region.end; i < end; i++) {
    const s = span.get(features[i].key);
    if (s && s[0] >= region.end && s[1] < end) inside++;
  }
  return inside / (end - region.end) >= minShare ? withEnd(region, end) : region;
}
