/**
 * nearestByline picks in one pass what it picked from the sorted byline lines: the first below the title, else the
 * last above the body, else the first. Compared with that definition on every set of a few lines around a title.
 */
import { describe, expect, it } from 'vitest';
import { nearestByline } from '../../../src/classify/steps/header.js';

// The definition it had: find and filter over the lines in order.
function former(bylines: ReadonlySet<number>, title: number | null, regionStart: number): number | null {
  const sorted = [...bylines].sort((a, b) => a - b);
  if (title !== null) {
    const below = sorted.find((i) => i > title);
    if (below !== undefined) return below;
  }
  const above = sorted.filter((i) => i < regionStart);
  return above.length ? above[above.length - 1] : (sorted[0] ?? null);
}

describe('nearestByline', () => {
  it('should pick what the sorted search picked, for every set of lines among eight and every title and body start', () => {
    const differ: string[] = [];
    for (let mask = 0; mask < 1 << 8; mask++) {
      // Inserted out of order, as a Set of lines read in any order would hold them.
      const lines = new Set([7, 0, 5, 2, 6, 1, 4, 3].filter((i) => mask & (1 << i)));
      for (const title of [null, 0, 2, 3, 5, 7, 9]) {
        for (const regionStart of [0, 1, 3, 4, 6, 8, 12]) {
          if (nearestByline(lines, title, regionStart) !== former(lines, title, regionStart)) differ.push(`${[...lines]} ${title} ${regionStart}`);
        }
      }
    }
    expect(differ.slice(0, 5), `${differ.length} cases`).toEqual([]);
  });
});
